/** PDF helpers shared by tickets, certificates and reports: the subset Chinese font and text extraction for tests. */
export { embedCjkFont, fontFor, wrapText } from './cjk-font.js';
export { extractPdfText } from './pdf-text.js';
