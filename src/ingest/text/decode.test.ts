import { describe, expect, it } from 'vitest';
import { gb18030, utf16be } from '../../../test/kits/encodings.js';
import { decodeText, detectEncoding } from './decode.js';

const SAMPLE = '表1\n\n部门收支总体情况表\n\t一般公共预算拨款收入\n\t1,234.50\n';

describe('text encodings are detected, not assumed', () => {
  it.each([
    ['utf-8', Buffer.from(SAMPLE, 'utf8')],
    ['utf-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, 'utf8')])],
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')])],
    ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SAMPLE)])],
    ['utf-16le', Buffer.from(SAMPLE, 'utf16le')],
    ['gb18030', gb18030(SAMPLE)],
  ])('%s', (encoding, bytes) => {
    expect(detectEncoding(bytes)).toBe(encoding);
    expect(decodeText(bytes)?.text).toBe(SAMPLE);
  });

  it('refuses bytes that are none of them', () => {
    expect(decodeText(Buffer.from([0x81, 0x20, 0xff, 0xff, 0x30]))).toBeUndefined();
    expect(decodeText(Buffer.from([1, 2, 0, 0, 0, 0, 7, 0, 9]))).toBeUndefined();
  });
});
