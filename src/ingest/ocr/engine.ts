/**
 * tesseract.js, offline: the trained data come from the npm package @tesseract.js-data/chi_sim (its
 * 4.0.0_best_int model), read from node_modules; nothing is downloaded and nothing is cached on disk
 * (cacheMethod 'none', so no *.traineddata appears in the working directory). One worker, created when first
 * needed and ended by `close()`; amounts are read by the same model with a digit whitelist (chi_sim reads digits
 * as well as eng does on these cells, and one model is half the start-up time and memory).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Worker } from 'tesseract.js';

const require = createRequire(import.meta.url);

export interface Recognized {
  text: string;
  /** Tesseract's mean confidence, 0–100 (about 0 when the whitelist made it drop characters). */
  confidence: number;
}

function langPath(lang: string): string {
  return join(dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`)), '4.0.0_best_int');
}

/** Characters an amount cell may hold. */
const DIGITS = '0123456789.,- ';

/** 'amount': one line, digits only; 'line': one line of any text; 'block': several lines. */
type Mode = 'amount' | 'line' | 'block';

const PSM: Record<Mode, string> = { amount: '7', line: '7', block: '6' };

export class OcrEngine {
  private worker: Promise<Worker> | undefined;
  private mode: Mode | undefined;
  private dpi = 300;
  private workerDpi = 0;
  /** Milliseconds spent in recognition, for the benches. */
  millis = 0;

  /** The resolution of the images that follow (tesseract sizes its expectations of glyphs by it). */
  setDpi(dpi: number): void {
    this.dpi = Math.round(dpi);
  }

  private async ready(mode: Mode): Promise<Worker> {
    this.worker ??= import('tesseract.js').then(({ createWorker, OEM }) =>
      createWorker('chi_sim', OEM.LSTM_ONLY, {
        langPath: langPath('chi_sim'),
        cacheMethod: 'none',
        gzip: true,
      }),
    );
    const w = await this.worker;
    if (this.mode !== mode || this.workerDpi !== this.dpi) {
      await w.setParameters({
        tessedit_pageseg_mode: PSM[mode] as never,
        tessedit_char_whitelist: mode === 'amount' ? DIGITS : '',
        preserve_interword_spaces: '1',
        user_defined_dpi: String(this.dpi),
      });
      this.mode = mode;
      this.workerDpi = this.dpi;
    }
    return w;
  }

  async read(image: Buffer, mode: Mode): Promise<Recognized> {
    const w = await this.ready(mode);
    const t0 = performance.now();
    try {
      const { data } = await w.recognize(image, {}, { text: true });
      return { text: data.text.trim(), confidence: data.confidence };
    } finally {
      this.millis += performance.now() - t0;
    }
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    this.mode = undefined;
    if (w) await (await w).terminate();
  }
}
