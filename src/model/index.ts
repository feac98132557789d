export * from './amount.js';
export * from './disclosure.js';
export * from './finding.js';
export * from './identity.js';
export * from './performance.js';
export * from './raw.js';
export * from './rounding.js';
