/**
 * JPEG 2000 scans at full resolution. pdf.js decodes a JPX image wider or taller than 2048 px at half resolution
 * (or less) unless it learns the largest canvas the platform can draw: it asks by drawing a pixel on an
 * OffscreenCanvas of each size it tries (ImageResizer), which Node lacks, and then takes 2048 px for the largest
 * side. A page scanned at 300 dpi is 2480 × 3508 px: it was decoded at 150 dpi, and OCR then read the 长沙 scan's
 * figures with a digit too many or too few. The answer pdf.js wants is known here: gongkai renders with
 * @napi-rs/canvas, which draws up to 32767 px a side, and decodes no image over getDocument's maxImageSize
 * (./load.ts, also given as canvasMaxAreaInBytes). This stand-in gives that answer and nothing more: it draws
 * nothing. pdf.js draws on an OffscreenCanvas only when getDocument's isOffscreenCanvasSupported is on, which
 * ./load.ts keeps off (and the editor and annotation code that uses it unasked never runs in gongkai).
 */

/** The largest canvas side @napi-rs/canvas (Skia) draws. */
const MAX_SIDE = 32767;

/** Most pixels of an image pdf.js decodes for gongkai (getDocument's maxImageSize). */
export const MAX_IMAGE_PIXELS = 2 ** 26;

class CanvasSizeProbe {
  constructor(
    public width: number,
    public height: number,
  ) {}

  /** A context that answers ImageResizer's one question: does a pixel drawn on a canvas this size show? */
  getContext(): unknown {
    const fits =
      this.width <= MAX_SIDE && this.height <= MAX_SIDE && this.width * this.height <= MAX_IMAGE_PIXELS;
    return {
      fillRect() {},
      getImageData: () => ({ data: new Uint8ClampedArray([0, 0, 0, fits ? 255 : 0]) }),
    };
  }
}

const g = globalThis as { OffscreenCanvas?: unknown };
g.OffscreenCanvas ??= CanvasSizeProbe;
