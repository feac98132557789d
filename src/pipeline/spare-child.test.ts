import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forkChild } from './spare-child.js';

/** A child that answers with what its environment holds of the two variables asked about. */
const script = join(mkdtempSync(join(tmpdir(), 'gongkai-spare-')), 'env.cjs');
writeFileSync(
  script,
  'process.send({ certs: process.env.NODE_EXTRA_CA_CERTS ?? null, other: process.env.GONGKAI_TEST_VAR ?? null }, () => process.exit(0));\n',
);

describe('forkChild', () => {
  it('passes the environment on without NODE_EXTRA_CA_CERTS, which a checking child never uses', async () => {
    const saved = { ...process.env };
    process.env.NODE_EXTRA_CA_CERTS = join(tmpdir(), 'no-such-bundle.pem');
    process.env.GONGKAI_TEST_VAR = 'kept';
    try {
      const child = forkChild({ file: script, args: [], execArgv: [] });
      const got = await new Promise((resolve) => child.once('message', resolve));
      expect(got).toEqual({ certs: null, other: 'kept' });
    } finally {
      process.env = saved;
    }
  });
});
