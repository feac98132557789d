import { describe, expect, it } from 'vitest';
import { handOver } from './port.js';

describe('handOver (the fake worker port without structured clone)', () => {
  it('copies the containers pdf.js empties or replaces right after sending', () => {
    // OperatorList.flush sends its arrays and then sets their length to 0; a text chunk gets new items/styles.
    const fnArray = [1, 2, 3];
    const argsArray = [[0], null, ['a']];
    const chunk = { fnArray, argsArray, lastChunk: false, length: 3 };
    const message = { sourceName: 'w', targetName: 'm', stream: 4, streamId: 1, chunk };
    const received = handOver(message) as typeof message;
    fnArray.length = 0;
    argsArray.length = 0;
    chunk.lastChunk = true;
    expect(received.chunk.fnArray).toEqual([1, 2, 3]);
    expect(received.chunk.argsArray).toEqual([[0], null, ['a']]);
    expect(received.chunk.lastChunk).toBe(false);
  });

  it('shares what is deeper, typed arrays and class instances (never written again after sending)', () => {
    const args = [new Float32Array([1, 2])];
    const item = { str: '合计', transform: [1, 0, 0, 1, 0, 0] };
    const glyph = new (class Glyph {
      unicode = '合';
    })();
    const message = { data: { argsArray: [args], items: [item], glyph, bytes: args[0] } };
    const received = handOver(message) as typeof message;
    expect(received.data.argsArray[0]).toBe(args);
    expect(received.data.items[0]).toBe(item);
    expect(received.data.glyph).toBe(glyph);
    expect(received.data.bytes).toBe(args[0]);
  });

  it('keeps a dictionary without prototype as one', () => {
    const styles = Object.create(null) as Record<string, unknown>;
    styles.g_d0_f1 = { fontFamily: 'serif' };
    const received = handOver({ chunk: { styles } }) as { chunk: { styles: object } };
    expect(Object.getPrototypeOf(received.chunk.styles)).toBeNull();
    expect(received.chunk.styles).not.toBe(styles);
  });
});
