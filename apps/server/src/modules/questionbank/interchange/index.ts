/** Excel and QTI import/export of the question bank. */
export { buildTemplate, exportWorkbook, parseWorkbook } from './excel.js';
export { type ImportReport, runImport } from './import.service.js';
export { registerInterchangeRoutes } from './interchange.routes.js';
export { exportQti3, parseQtiPackage } from './qti.js';
