export { displayWidth, renderBatchSummary, type SummaryOptions } from './batch-summary.js';
export { buildReport, reportTable, type SuspectCell, sortFindings } from './build.js';
export { exportCsv } from './csv.js';
export { renderHtml, renderHtmlIndex } from './html.js';
export { serializeReport } from './json.js';
export { renderText, type TextOptions } from './text.js';
export * from './types.js';
export { exportXlsx } from './xlsx.js';
