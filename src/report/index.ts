export { buildReport, reportTable, type SuspectCell, sortFindings } from './build.js';
export { exportCsv } from './csv.js';
export { renderHtml, renderHtmlIndex } from './html.js';
export { serializeReport } from './json.js';
export { renderBatchSummary, renderText, type TextOptions } from './text.js';
export * from './types.js';
export { exportXlsx } from './xlsx.js';
