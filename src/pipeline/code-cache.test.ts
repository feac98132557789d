import { describe, expect, it } from 'vitest';
import { cachesToRemove } from './code-cache.js';

const OWN = 'reader-aaaa-nodev20.20.2-x64';
const file = (build: string, flags: string, mtimeMs: number) => ({
  file: `${build}-${flags}.v8cache`,
  mtimeMs,
});

describe('cachesToRemove', () => {
  it('keeps every flag set of the newest three other builds and removes the older builds whole', () => {
    const other = (n: number) => `reader-b${n}-nodev20.20.2-x64`;
    const files = [
      file(OWN, '11111111', 1),
      // A second checkout in use: one file per set of flags, some older than the builds below.
      file(other(1), '22222222', 100),
      file(other(1), '33333333', 2),
      file(other(1), '44444444', 3),
      file(other(2), '22222222', 90),
      file(other(3), '22222222', 80),
      file(other(4), '22222222', 70),
      file(other(4), '33333333', 60),
    ];
    expect(cachesToRemove(files, 'reader', OWN).sort()).toEqual([
      `${other(4)}-22222222.v8cache`,
      `${other(4)}-33333333.v8cache`,
    ]);
  });

  it('leaves alone what is not a cache of that name: its own build, other bundles, temporary files', () => {
    const files = [
      file(OWN, '11111111', 1),
      file('child-x-nodev20.20.2-x64', '22222222', 0),
      { file: `${OWN}-11111111.v8cache.123.abc.tmp`, mtimeMs: 0 },
      ...[1, 2, 3].map((n) => file(`reader-c${n}-nodev20.20.2-x64`, '22222222', 10 + n)),
    ];
    expect(cachesToRemove(files, 'reader', OWN)).toEqual([]);
  });
});
