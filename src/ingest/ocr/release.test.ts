import { afterEach, describe, expect, it, vi } from 'vitest';
import { releaseRendering } from './release.js';

const holder = globalThis as { gc?: () => void };
const exposed = holder.gc;
afterEach(() => {
  holder.gc = exposed;
});

function doc(cleanup: () => Promise<void> = async () => {}) {
  return { cleanup: vi.fn(cleanup) };
}

/** releaseRendering of a fresh document, with a stand-in for V8's collector exposed. */
async function releaseWithGc(aboveMb: number) {
  const gc = vi.fn();
  holder.gc = gc;
  const d = doc();
  await releaseRendering(d, aboveMb);
  return { d, gc };
}

describe('releaseRendering', () => {
  it('empties the document’s caches and, above the size, collects twice (finalizers run in between)', async () => {
    const { d, gc } = await releaseWithGc(0);
    expect(d.cleanup).toHaveBeenCalledTimes(1);
    expect(gc).toHaveBeenCalledTimes(2);
  });

  it('does not collect below the size: a forced collection drops compiled code the next page needs', async () => {
    const { d, gc } = await releaseWithGc(1_000_000);
    expect(d.cleanup).toHaveBeenCalledTimes(1);
    expect(gc).not.toHaveBeenCalled();
  });

  it('goes on when pdf.js refuses the cleanup or the process cannot collect', async () => {
    holder.gc = undefined;
    const d = doc(async () => {
      throw new Error('a page is still rendering');
    });
    await expect(releaseRendering(d, 0)).resolves.toBeUndefined();
  });
});
