import { describe, expect, it } from 'vitest';
import { canvasGray, loadCanvas } from './raster.js';

const lib = await loadCanvas();

/** The reference: each pixel's brightest channel as getImageData gives the pixels. */
function viaImageData(canvas: import('@napi-rs/canvas').Canvas): Uint8Array {
  const { width, height } = canvas;
  const rgba = canvas.getContext('2d').getImageData(0, 0, width, height).data;
  const out = new Uint8Array(width * height);
  for (let i = 0; i < out.length; i++) out[i] = Math.max(rgba[4 * i], rgba[4 * i + 1], rgba[4 * i + 2]);
  return out;
}

describe.skipIf(!lib)('canvasGray (skipped: @napi-rs/canvas is not installed here)', () => {
  const draw = (translucent: boolean) => {
    const canvas = lib!.createCanvas(60, 40);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, 60, 40);
    ctx.fillStyle = 'rgba(200, 30, 60, 0.6)';
    ctx.fillRect(5, 5, 30, 20);
    ctx.fillStyle = '#123456';
    ctx.fillRect(20, 15, 30, 3);
    if (translucent) {
      // 'copy' replaces the white beneath: a half-transparent red, stored premultiplied.
      ctx.globalCompositeOperation = 'copy';
      ctx.fillStyle = 'rgba(200, 30, 60, 0.6)';
      ctx.fillRect(40, 0, 20, 40);
    }
    return canvas;
  };

  it('reads an opaque page from the canvas itself, as getImageData would', () => {
    const canvas = draw(false);
    const gray = canvasGray(canvas);
    expect([gray.width, gray.height]).toEqual([60, 40]);
    expect(gray.data).toEqual(viaImageData(canvas));
    expect(gray.data[10 * 60 + 10]).toBeGreaterThan(150); // the red stamp drops out, light
    expect(gray.data[16 * 60 + 25]).toBe(0x56); // the dark rule stays dark
  });

  it('reads a page with transparent pixels through getImageData', () => {
    const canvas = draw(true);
    const raw = canvas.data();
    expect(raw[4 * 45 + 3]).toBeLessThan(255);
    // Premultiplied, the canvas's own red is darker than the red drawn: the reading must not take it.
    expect(raw[4 * 45]).toBeLessThan(190);
    const gray = canvasGray(canvas);
    expect(gray.data).toEqual(viaImageData(canvas));
    expect(gray.data[45]).toBeGreaterThanOrEqual(199);
  });
});
