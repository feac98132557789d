/**
 * pdf.js's legacy build carries core-js polyfills that replace built-ins Node already has: Array.prototype.push
 * (for edge cases of lengths beyond 2^32) and JSON.parse / JSON.stringify (for a source-text proposal), by slow
 * JavaScript versions — for the whole process, so every push in recognition and localization and every JSON report
 * paid for them (a fifth of a check's CPU on a 260-page file). This module is imported before pdf.js, keeps the
 * natives, and puts them back once pdf.js (and its worker half) has loaded. What pdf.js only adds
 * (Promise.withResolvers, Set methods …) stays.
 *
 * One of those additions is slow where pdf.js leans on it: Uint8Array.prototype.toBase64 (Node 20 has none), which
 * encodes each font of a document once, three bytes per string concatenation (5 % of the CPU of a 70-page file of
 * 120 fonts). Calls without options get Buffer's native encoder, which gives the same text.
 */
const NATIVE = {
  push: Array.prototype.push,
  parse: JSON.parse,
  stringify: JSON.stringify,
};
const HAS_NATIVE_BASE64 = 'toBase64' in Uint8Array.prototype;

function put(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: false });
}

type ToBase64 = (this: Uint8Array, ...options: unknown[]) => string;

let fastBase64: ToBase64 | undefined;

function installBufferBase64(): void {
  const proto = Uint8Array.prototype as unknown as { toBase64?: ToBase64 };
  const polyfill = proto.toBase64;
  if (HAS_NATIVE_BASE64 || !polyfill || polyfill === fastBase64) return;
  fastBase64 = function toBase64(this: Uint8Array, ...options: unknown[]): string {
    if (options.length > 0 || !(this instanceof Uint8Array)) return polyfill.apply(this, options);
    return Buffer.from(this.buffer, this.byteOffset, this.byteLength).toString('base64');
  };
  put(Uint8Array.prototype, 'toBase64', fastBase64);
}

export function restoreNatives(): void {
  if (Array.prototype.push !== NATIVE.push) put(Array.prototype, 'push', NATIVE.push);
  if (JSON.parse !== NATIVE.parse) put(JSON, 'parse', NATIVE.parse);
  if (JSON.stringify !== NATIVE.stringify) put(JSON, 'stringify', NATIVE.stringify);
  installBufferBase64();
}
