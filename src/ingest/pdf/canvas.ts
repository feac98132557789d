/**
 * pdf.js's Node build loads @napi-rs/canvas as it is imported — a native library, a tenth of a second of every
 * checking process's start — for the DOMMatrix, Path2D and ImageData it installs as globals, which only rendering
 * uses. gongkai renders only the scanned pages it reads by OCR. So until then a stand-in holds the package's place
 * in the require cache (Node's documented way to provide a module), with classes of the same names: pdf.js makes
 * one DOMMatrix as it loads, a scale it later fills in and hands to Path2D.addPath, which reads its a–f alone.
 * The OCR raster calls realCanvas(), which puts the package and its three classes in place before any rendering.
 * Imported before pdf.js (./index.ts).
 */
import { createRequire, Module } from 'node:module';
import { dirname, join } from 'node:path';

type CanvasModule = typeof import('@napi-rs/canvas');

/** An identity matrix: the fields pdf.js sets and canvas reads. */
class StandInMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
}

const STAND_IN = { DOMMatrix: StandInMatrix, ImageData: class ImageData {}, Path2D: class Path2D {} };
const GLOBALS = ['DOMMatrix', 'ImageData', 'Path2D'] as const;

const here = createRequire(import.meta.url);
// Resolved as pdf.js resolves it: from pdf.js's own folder.
const pdfjs = createRequire(join(dirname(here.resolve('pdfjs-dist/package.json')), 'legacy/build/pdf.mjs'));
const path = canvasPath();
const standIn = path ? installStandIn(path) : undefined;

function canvasPath(): string | undefined {
  try {
    return pdfjs.resolve('@napi-rs/canvas');
  } catch {
    return undefined; // Not installed here (an optional dependency): pdf.js says so itself; OCR is off.
  }
}

function installStandIn(at: string): Module | undefined {
  if (pdfjs.cache[at]) return undefined;
  const m = new Module(at);
  m.filename = at;
  m.loaded = true;
  m.exports = STAND_IN;
  pdfjs.cache[at] = m;
  return m;
}

let real: CanvasModule | null | undefined;

/** The canvas package itself, its classes now the globals pdf.js renders with; null when it is not installed. */
export function realCanvas(): CanvasModule | null {
  if (real !== undefined) return real;
  if (path && standIn && pdfjs.cache[path] === standIn) delete pdfjs.cache[path];
  try {
    real = pdfjs('@napi-rs/canvas') as CanvasModule;
  } catch {
    real = null;
    return real;
  }
  const g = globalThis as Record<string, unknown>;
  for (const name of GLOBALS) if (g[name] === STAND_IN[name]) g[name] = real[name];
  return real;
}
