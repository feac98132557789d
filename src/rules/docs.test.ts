import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesMarkdown } from './docs.js';
import { RULES } from './index.js';

describe('rules documentation', () => {
  it('is generated from the metadata and up to date (run `npm run docs` after changing a rule)', () => {
    const onDisk = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(rulesMarkdown());
  });

  it('every rule has a unique stable id, a title, a doc and at least one message', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.meta.id).toMatch(/^[a-z0-9-]+$/);
      expect(r.meta.title.length).toBeGreaterThan(3);
      expect(r.meta.doc.length).toBeGreaterThan(10);
      expect(Object.keys(r.meta.messages).length).toBeGreaterThan(0);
    }
  });
});
