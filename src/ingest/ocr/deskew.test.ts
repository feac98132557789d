import { describe, expect, it } from 'vitest';
import { skewAngle, unskew } from './deskew.js';
import { binarize, type Gray } from './raster.js';

/** A page of ruled rows and a few "characters", drawn at a slant of `degrees` (rows running down to the right). */
function page(degrees: number): Gray {
  const width = 1200;
  const height = 900;
  const data = new Uint8Array(width * height).fill(255);
  const t = Math.tan((degrees * Math.PI) / 180);
  const ink = (x: number, y: number) => {
    const yy = Math.round(y + (x - width / 2) * t);
    if (yy >= 0 && yy < height) data[yy * width + x] = 0;
  };
  for (let row = 100; row <= 800; row += 50) {
    for (let x = 100; x < 1100; x++) for (let k = 0; k < 2; k++) ink(x, row + k);
    // Characters: short strokes between the rulings.
    for (let x = 150; x < 1000; x += 37) for (let k = 10; k < 30; k++) ink(x, row + k);
  }
  return { width, height, data, scale: 200 / 72 };
}

/** Pixel rows holding a long run of ink: a level ruling is one or two rows, a slanted one many short pieces. */
function levelRulings(img: Gray): number {
  const ink = binarize(img);
  let rows = 0;
  for (let y = 0; y < img.height; y++) {
    let run = 0;
    let best = 0;
    for (let x = 0; x < img.width; x++) {
      run = ink[y * img.width + x] ? run + 1 : 0;
      best = Math.max(best, run);
    }
    if (best > 300) rows++;
  }
  return rows;
}

describe('a scan fed in at a slant', () => {
  it('measures the slant to a few hundredths of a degree, either way', () => {
    for (const deg of [1.5, -0.8, 3]) {
      const img = page(deg);
      const found = (skewAngle(binarize(img), img.width, img.height) * 180) / Math.PI;
      expect(Math.abs(found - deg)).toBeLessThan(0.05);
    }
  });

  it('leaves a level page alone, and levels a slanted one so its rulings are whole again', () => {
    const level = page(0);
    expect(skewAngle(binarize(level), level.width, level.height)).toBe(0);
    const slanted = page(1.5);
    expect(levelRulings(slanted)).toBe(0);
    const angle = skewAngle(binarize(slanted), slanted.width, slanted.height);
    expect(levelRulings(unskew(slanted, angle))).toBeGreaterThanOrEqual(15);
  });
});
