/** Shared geometry for the PDF reader. All coordinates are PDF points, origin top-left of the page. */

export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 applied after m2 (PDF convention: `cm` pre-multiplies the current matrix). */
export function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[1] * m2[2],
    m1[0] * m2[1] + m1[1] * m2[3],
    m1[2] * m2[0] + m1[3] * m2[2],
    m1[2] * m2[1] + m1[3] * m2[3],
    m1[4] * m2[0] + m1[5] * m2[2] + m2[4],
    m1[4] * m2[1] + m1[5] * m2[3] + m2[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** [x0, y0, x1, y1] with x0 <= x1 and y0 <= y1. */
export type Box = [number, number, number, number];

/** A horizontal (y fixed, from a to b in x) or vertical (x fixed, from a to b in y) ruling segment. */
export interface Segment {
  pos: number;
  a: number;
  b: number;
}

/** One piece of text as drawn: a single line, left to right. */
export interface TextRun {
  text: string;
  x0: number;
  x1: number;
  /** Top and bottom of the glyph box (approximate: derived from the font size). */
  top: number;
  bottom: number;
  baseline: number;
  size: number;
}

export function centreX(r: { x0: number; x1: number }): number {
  return (r.x0 + r.x1) / 2;
}

export function centreY(r: { top: number; bottom: number }): number {
  return (r.top + r.bottom) / 2;
}

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Boxes in the output are rounded to 0.1 pt. */
export function roundBox(b: Box): Box {
  return [round1(b[0]), round1(b[1]), round1(b[2]), round1(b[3])];
}

/** Cluster sorted-or-not numbers: values closer than tol to the previous one join its cluster (mean kept). */
export function clusterValues(values: number[], tol: number): number[] {
  const sorted = [...values].sort((p, q) => p - q);
  const out: number[] = [];
  let sum = 0;
  let n = 0;
  let last = Number.NEGATIVE_INFINITY;
  for (const v of sorted) {
    if (n > 0 && v - last > tol) {
      out.push(sum / n);
      sum = 0;
      n = 0;
    }
    sum += v;
    n += 1;
    last = v;
  }
  if (n > 0) out.push(sum / n);
  return out;
}
