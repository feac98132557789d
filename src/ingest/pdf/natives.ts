/**
 * pdf.js's legacy build carries core-js polyfills that replace built-ins Node already has: Array.prototype.push
 * (for edge cases of lengths beyond 2^32) and JSON.parse / JSON.stringify (for a source-text proposal), by slow
 * JavaScript versions — for the whole process, so every push in recognition and localization and every JSON report
 * paid for them (a fifth of a check's CPU on a 260-page file). This module is imported before pdf.js, keeps the
 * natives, and puts them back once pdf.js (and its worker half) has loaded. What pdf.js only adds
 * (Promise.withResolvers, Set methods …) stays.
 */
const NATIVE = {
  push: Array.prototype.push,
  parse: JSON.parse,
  stringify: JSON.stringify,
};

function put(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: false });
}

export function restoreNatives(): void {
  if (Array.prototype.push !== NATIVE.push) put(Array.prototype, 'push', NATIVE.push);
  if (JSON.parse !== NATIVE.parse) put(JSON, 'parse', NATIVE.parse);
  if (JSON.stringify !== NATIVE.stringify) put(JSON, 'stringify', NATIVE.stringify);
}
