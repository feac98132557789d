/**
 * A scanned page as pixels: pdf.js renders the page onto a canvas (@napi-rs/canvas, the one pdf.js itself uses in
 * Node), so the page's own rotation, the image's placement and any masks are applied exactly as a viewer shows
 * them, and pixel (x, y) / scale is the point (x, y) of the text-layer reader's coordinates (origin top-left).
 * Each pixel keeps its brightest channel: black ink stays black, while red stamps (公章) over a table, red
 * letterheads and tinted paper become light and drop out.
 */

import type { Canvas } from '@napi-rs/canvas';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { realCanvas } from '../pdf/canvas.js';

/** A grey image, one byte per pixel (0 black … 255 white). */
export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
  /** Pixels per PDF point (dpi / 72). */
  scale: number;
}

/** The canvas pdf.js renders with; null when the optional native package is missing on this platform. */
export async function loadCanvas(): Promise<ReturnType<typeof realCanvas>> {
  return realCanvas();
}

/**
 * Most pixels a page is rendered to: an A3 scan at 400 dpi has 31 million. A page whose size is damaged (a fuzzed
 * MediaBox 23 m wide asked for 900 million pixels, gigabytes, and ran past the time limit) is rendered at the
 * resolution that fits instead.
 */
export const MAX_PIXELS = 40_000_000;

/** The scale (pixels per point) to render a page of `width` × `height` points at: `scale`, or less to fit. */
export function fitScale(width: number, height: number, scale: number): number {
  const pixels = (s: number) => Math.ceil(width * s) * Math.ceil(height * s);
  if (pixels(scale) <= MAX_PIXELS) return scale;
  let fit = scale * Math.sqrt(MAX_PIXELS / pixels(scale));
  // The canvas is whole pixels each way: shave until the rounded-up size fits too.
  while (pixels(fit) > MAX_PIXELS) fit *= 0.999;
  return fit;
}

/** The page in gray at `dpi` (less where the page is too large: the result's scale says what it got). */
export async function renderGray(page: PDFPageProxy, dpi: number): Promise<Gray> {
  const canvasLib = await loadCanvas();
  if (!canvasLib) throw new Error('@napi-rs/canvas is not installed');
  const size = page.getViewport({ scale: 1 });
  const scale = fitScale(size.width, size.height, dpi / 72);
  const viewport = page.getViewport({ scale });
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  const canvas = canvasLib.createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
  return { ...canvasGray(canvas), scale };
}

/**
 * Each pixel's brightest channel, read from the canvas's own pixels rather than a copy: getImageData copies them
 * and undoes the premultiplication by alpha, 35 MB and ~60 ms a 300-dpi page. On the white page every pixel stays
 * opaque, where premultiplied is the same; a page that drew transparency into it anyway (a blend mode that clears)
 * is read through getImageData.
 */
export function canvasGray(canvas: Canvas): Omit<Gray, 'scale'> {
  const { width, height } = canvas;
  const raw = canvas.data();
  const rgba = opaque(raw) ? raw : canvas.getContext('2d').getImageData(0, 0, width, height).data;
  const data = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i++) {
    const j = i * 4;
    data[i] = Math.max(rgba[j], rgba[j + 1], rgba[j + 2]);
  }
  return { width, height, data };
}

/** Whether every pixel of RGBA bytes has alpha 255. */
function opaque(rgba: Uint8Array): boolean {
  for (let j = 3; j < rgba.length; j += 4) if (rgba[j] !== 255) return false;
  return true;
}

/** Otsu's threshold of a grey image: the level that best separates ink from paper. */
export function otsu(img: Gray): number {
  const hist = new Array<number>(256).fill(0);
  for (let i = 0; i < img.data.length; i++) hist[img.data[i]]++;
  const total = img.data.length;
  let sum = 0;
  for (let t = 0; t < 256; t++) sum += t * hist[t];
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let level = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t];
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += t * hist[t];
    const mB = sumB / wB;
    const mF = (sum - sumB) / wF;
    const between = wB * wF * (mB - mF) ** 2;
    if (between > best) {
      best = between;
      level = t;
    }
  }
  // Clean paper gives a bimodal histogram; keep the threshold on the paper's side of mid-grey only so far.
  return Math.min(Math.max(level, 96), 200);
}

/** 1 where a pixel is ink. */
export function binarize(img: Gray, level = otsu(img)): Uint8Array {
  const out = new Uint8Array(img.data.length);
  for (let i = 0; i < out.length; i++) out[i] = img.data[i] <= level ? 1 : 0;
  return out;
}

/** The image turned a quarter clockwise (turns = 1), half (2) or three quarters (3). */
export function rotate(img: Gray, turns: number): Gray {
  const t = ((turns % 4) + 4) % 4;
  if (t === 0) return img;
  const { width: w, height: h, data } = img;
  const W = t === 2 ? w : h;
  const H = t === 2 ? h : w;
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let nx: number;
      let ny: number;
      if (t === 1) [nx, ny] = [h - 1 - y, x];
      else if (t === 2) [nx, ny] = [w - 1 - x, h - 1 - y];
      else [nx, ny] = [y, w - 1 - x];
      out[ny * W + nx] = data[y * w + x];
    }
  }
  return { width: W, height: H, data: out, scale: img.scale };
}

/** A rectangle of the image as a PGM file (what tesseract's Leptonica reads without any codec), with a margin of paper. */
export function cropPgm(img: Gray, x0: number, y0: number, x1: number, y1: number, pad = 10): Buffer {
  const ax = Math.max(0, Math.floor(x0));
  const ay = Math.max(0, Math.floor(y0));
  const bx = Math.min(img.width, Math.ceil(x1));
  const by = Math.min(img.height, Math.ceil(y1));
  const w = Math.max(1, bx - ax) + 2 * pad;
  const h = Math.max(1, by - ay) + 2 * pad;
  const header = Buffer.from(`P5\n${w} ${h}\n255\n`);
  const body = Buffer.alloc(w * h, 255);
  for (let y = ay; y < by; y++) {
    const src = y * img.width;
    body.set(img.data.subarray(src + ax, src + bx), (y - ay + pad) * w + pad);
  }
  return Buffer.concat([header, body]);
}

/**
 * A rectangle of the image shrunk by `factor` (below 1; each pixel the mean of those it covers), as a PGM file with
 * a margin of paper: bold figures, whose strokes touch at the page's resolution, stand apart smaller.
 */
export function shrunkPgm(img: Gray, x0: number, y0: number, x1: number, y1: number, factor: number): Buffer {
  const ax = Math.max(0, Math.floor(x0));
  const ay = Math.max(0, Math.floor(y0));
  const bx = Math.min(img.width, Math.ceil(x1));
  const by = Math.min(img.height, Math.ceil(y1));
  const w = Math.max(1, Math.round((bx - ax) * factor));
  const h = Math.max(1, Math.round((by - ay) * factor));
  const data = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const sy0 = ay + Math.floor(y / factor);
    const sy1 = Math.min(by, Math.max(sy0 + 1, ay + Math.floor((y + 1) / factor)));
    for (let x = 0; x < w; x++) {
      const sx0 = ax + Math.floor(x / factor);
      const sx1 = Math.min(bx, Math.max(sx0 + 1, ax + Math.floor((x + 1) / factor)));
      let sum = 0;
      for (let sy = sy0; sy < sy1; sy++)
        for (let sx = sx0; sx < sx1; sx++) sum += img.data[sy * img.width + sx];
      data[y * w + x] = Math.round(sum / ((sy1 - sy0) * (sx1 - sx0)));
    }
  }
  return cropPgm({ width: w, height: h, data, scale: img.scale * factor }, 0, 0, w, h);
}
