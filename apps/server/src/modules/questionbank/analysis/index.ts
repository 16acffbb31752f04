/** Item analysis of exam responses (classical test theory) and the response simulator. */

export { ITEM_ANALYSIS_JOB, registerItemAnalysisRoutes } from './analysis.routes.js';
export { aggregateExam, insertResponses, runItemAnalysis, simCandidateKey } from './analysis.service.js';
export { itemAnalysisResults, itemResponses } from './analysis.tables.js';
export { simulateResponses } from './simulate.js';
export { aggregateResponses, finishItem } from './stats.js';
