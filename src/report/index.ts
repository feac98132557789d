export { serializeReport } from './json.js';
export { renderBatchSummary, renderText, type TextOptions } from './text.js';
export * from './types.js';
