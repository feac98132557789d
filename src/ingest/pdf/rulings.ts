/**
 * Ruling lines (表格线) from a page's operator list. Tables in real disclosures are drawn either as stroked lines
 * (Word, LibreOffice) or as thin filled rectangles (WPS): both become horizontal/vertical segments here.
 */
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { apply, type Matrix, multiply, type Segment } from './geometry.js';

export interface PageGraphics {
  horizontal: Segment[];
  vertical: Segment[];
  /** The page paints at least one image (used to tell a scanned page from a blank one). */
  hasImage: boolean;
  /** Resolution (pixels per inch) of the page's largest image, as placed: a scan's own resolution. */
  imageDpi?: number;
}

interface OperatorList {
  fnArray: number[];
  argsArray: unknown[][];
}

/** A filled rectangle thinner than this is a ruling, not a cell background. */
const THIN = 2.5;
/** Points this close in the other coordinate make a segment axis-aligned. */
const SKEW = 0.8;

const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

const STROKING = new Set<number>([
  OPS.stroke,
  OPS.closeStroke,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);
const FILLING = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke]);
const IMAGES = new Set<number>([
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintImageMaskXObject,
  OPS.paintImageXObjectRepeat,
  OPS.paintImageMaskXObjectRepeat,
  OPS.paintSolidColorImageMask,
  OPS.paintInlineImageXObjectGroup,
  OPS.paintImageMaskXObjectGroup,
]);

interface State {
  ctm: Matrix;
  stroke: string;
  fill: string;
}

/** Walks the operator list tracking save/restore/transform so path coordinates land in page space. */
export function extractGraphics(ops: OperatorList, pageTransform: Matrix): PageGraphics {
  const out: PageGraphics = { horizontal: [], vertical: [], hasImage: false };
  const largest = { area: 0, dpi: 0 };
  let state: State = { ctm: pageTransform, stroke: '#000000', fill: '#000000' };
  const stack: State[] = [];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i];
    if (fn === OPS.save || fn === OPS.paintFormXObjectBegin) {
      stack.push(state);
      state = { ...state };
      if (fn === OPS.paintFormXObjectBegin && Array.isArray(args?.[0])) {
        state.ctm = multiply(args[0] as Matrix, state.ctm);
      }
    } else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) {
      state = stack.pop() ?? state;
    } else if (fn === OPS.transform) {
      state.ctm = multiply(args as unknown as Matrix, state.ctm);
    } else if (fn === OPS.setStrokeRGBColor) {
      state.stroke = String(args[0]);
    } else if (fn === OPS.setFillRGBColor) {
      state.fill = String(args[0]);
    } else if (fn === OPS.constructPath) {
      addPath(out, args, state);
    } else if (IMAGES.has(fn)) {
      out.hasImage = true;
      if (fn === OPS.paintImageXObject) placeImage(largest, args, state.ctm);
    }
  }
  if (largest.area > 0) out.imageDpi = largest.dpi;
  return out;
}

/** The image `args` = [id, width, height] drawn in the unit square of `ctm`: keeps the largest one's resolution. */
function placeImage(largest: { area: number; dpi: number }, args: unknown[], ctm: Matrix): void {
  const [, w, h] = args as [unknown, number, number];
  const across = Math.hypot(ctm[0], ctm[1]);
  const down = Math.hypot(ctm[2], ctm[3]);
  if (!(w > 0 && h > 0 && across > 0 && down > 0) || across * down <= largest.area) return;
  largest.area = across * down;
  largest.dpi = Math.max(w / across, h / down) * 72;
}

function isWhite(color: string): boolean {
  return /^#f[a-f0-9]f[a-f0-9]f[a-f0-9]$/i.test(color);
}

function addPath(out: PageGraphics, args: unknown[], state: State): void {
  const paint = args[0] as number;
  const data = (args[1] as unknown[] | undefined)?.[0];
  if (!(data instanceof Float32Array) && !Array.isArray(data)) return;
  const subpaths = toSubpaths(data as ArrayLike<number>, state.ctm);
  if (STROKING.has(paint) && !isWhite(state.stroke)) {
    for (const points of subpaths) addStrokes(out, points);
  }
  if (FILLING.has(paint) && !isWhite(state.fill)) {
    for (const points of subpaths) addThinFill(out, points);
  }
}

type Point = [number, number];

function toSubpaths(data: ArrayLike<number>, ctm: Matrix): Point[][] {
  const paths: Point[][] = [];
  let current: Point[] = [];
  let i = 0;
  while (i < data.length) {
    const code = data[i];
    if (code === DRAW.moveTo) {
      if (current.length > 0) paths.push(current);
      current = [apply(ctm, data[i + 1], data[i + 2])];
      i += 3;
    } else if (code === DRAW.lineTo) {
      current.push(apply(ctm, data[i + 1], data[i + 2]));
      i += 3;
    } else if (code === DRAW.curveTo) {
      // Curves are never rulings; keep the end point so a following lineTo starts at the right place.
      current.push([Number.NaN, Number.NaN], apply(ctm, data[i + 5], data[i + 6]));
      i += 7;
    } else if (code === DRAW.quadraticCurveTo) {
      current.push([Number.NaN, Number.NaN], apply(ctm, data[i + 3], data[i + 4]));
      i += 5;
    } else {
      if (current.length > 1) current.push(current[0]);
      i += 1;
    }
  }
  if (current.length > 0) paths.push(current);
  return paths;
}

function addStrokes(out: PageGraphics, points: Point[]): void {
  for (let k = 1; k < points.length; k++) {
    const [x0, y0] = points[k - 1];
    const [x1, y1] = points[k];
    if ([x0, y0, x1, y1].some(Number.isNaN)) continue;
    if (Math.abs(y0 - y1) <= SKEW && Math.abs(x1 - x0) > SKEW) {
      out.horizontal.push({ pos: (y0 + y1) / 2, a: Math.min(x0, x1), b: Math.max(x0, x1) });
    } else if (Math.abs(x0 - x1) <= SKEW && Math.abs(y1 - y0) > SKEW) {
      out.vertical.push({ pos: (x0 + x1) / 2, a: Math.min(y0, y1), b: Math.max(y0, y1) });
    }
  }
}

function addThinFill(out: PageGraphics, points: Point[]): void {
  if (points.some((p) => Number.isNaN(p[0]))) return;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  const w = x1 - x0;
  const h = y1 - y0;
  if (h <= THIN && w > h) out.horizontal.push({ pos: (y0 + y1) / 2, a: x0, b: x1 });
  else if (w <= THIN && h > w) out.vertical.push({ pos: (x0 + x1) / 2, a: y0, b: y1 });
}
