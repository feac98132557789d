/**
 * Recognition: RawDocument → Disclosure. Which layout (profile), which table is which (by title), what each
 * column and row means (by header and structure), and the narrative with its sections.
 */
import type { Unit } from '../model/amount.js';
import type { Disclosure, Table } from '../model/disclosure.js';
import type { RawDocument, RawParagraph, RawTable } from '../model/raw.js';
import { PROFILES } from '../profiles/index.js';
import type { Profile, TableSpec } from '../profiles/types.js';
import { readContext, type TableContext, titleKey } from './context.js';
import { readDepartment, readKind, readLevel, readYear } from './meta.js';
import { headingLevel, NarrativeBuilder } from './narrative.js';
import { parsePerformanceTables } from './narrative/index.js';
import { norm } from './normalize.js';
import { buildTable, matchSpec } from './table.js';

export { formatCode } from './rows.js';

interface Located {
  raw: RawTable;
  ctx: TableContext;
  /** Paragraph blocks used as the table's title block. */
  consumed: Set<RawParagraph>;
  next?: RawParagraph;
}

function locateTables(raw: RawDocument): Located[] {
  const out: Located[] = [];
  let before: RawParagraph[] = [];
  raw.blocks.forEach((b, i) => {
    if (b.type === 'paragraph') {
      before.push(b);
      if (before.length > 5) before.shift();
      return;
    }
    const window = before.slice(-4).filter((p) => headingLevel(p.text) === undefined);
    const ctx = readContext(
      window.map((p) => p.text),
      b.rows,
    );
    const consumed = new Set(window.filter((p) => norm(p.text).length <= 80 && ctx.texts.includes(norm(p.text))));
    const next = raw.blocks[i + 1];
    out.push({ raw: b, ctx, consumed, next: next?.type === 'paragraph' ? next : undefined });
    before = [];
  });
  return out;
}

function chooseProfile(located: Located[]): Profile | undefined {
  let best: Profile | undefined;
  let bestScore = 0;
  for (const p of PROFILES) {
    const score = located.filter((l) => matchSpec(l.ctx.texts, p.tables, titleKey)).length;
    if (score > bestScore) [best, bestScore] = [p, score];
  }
  return best;
}

function documentUnit(located: Located[]): Unit {
  const units = located.map((l) => l.ctx.unit).filter((u): u is Unit => u !== undefined);
  return units.includes('万元') && units.filter((u) => u === '万元').length >= units.length / 2 ? '万元' : (units[0] ?? '元');
}

function isNote(p: RawParagraph | undefined): p is RawParagraph {
  if (!p) return false;
  const t = norm(p.text);
  return headingLevel(p.text) === undefined && !/^表[0-9一二三四五六七八九十]+$/u.test(t) && /空表|没有|无|未安排|说明/u.test(t);
}

export function recognize(raw: RawDocument): Disclosure {
  const located = locateTables(raw);
  const profile = chooseProfile(located);
  const unit = documentUnit(located);
  const tables: Table[] = [];
  const unrecognized: Disclosure['unrecognized'] = [];
  const consumed = new Set<RawParagraph>();
  const notes = new Set<RawParagraph>();
  for (const l of located) {
    const m = profile ? matchSpec(l.ctx.texts, profile.tables, titleKey) : undefined;
    if (!m) {
      const title = l.ctx.texts.find((t) => t.length >= 4) ?? norm(l.raw.rows[0]?.cells.map((c) => c.text).join('') ?? '');
      unrecognized.push({ title: title.slice(0, 40), reason: '标题不属于已知版式中的任何一张表', prov: l.raw.prov });
      continue;
    }
    for (const p of l.consumed) consumed.add(p);
    const table = buildTable(l.raw, l.ctx, m.spec, `t${tables.length + 1}`, m.title, l.ctx.unit ?? m.spec.defaultUnit ?? unit);
    if (isNote(l.next)) {
      table.notes.push({ text: l.next.text, prov: l.next.prov });
      notes.add(l.next);
    }
    tables.push(table);
  }
  // Figures stand for the precision the document prints: a table of whole numbers among tables of cents is exact.
  const docPrecision = Math.max(0, ...tables.map((t) => t.precision));
  for (const t of tables) t.precision = Math.max(t.precision, docPrecision);
  const narrative = new NarrativeBuilder();
  const texts: string[] = [];
  for (const b of raw.blocks) {
    if (b.type !== 'paragraph') continue;
    texts.push(b.text);
    if (!consumed.has(b)) narrative.add(b.text, b.prov);
  }
  const titles = [...texts, ...located.flatMap((l) => l.ctx.texts)];
  const found = new Set(tables.map((t) => t.kind));
  const missing = (profile?.tables ?? [])
    .filter((s: TableSpec) => s.required && !found.has(s.kind))
    .map((s) => ({ kind: s.kind, title: s.printedAs }));
  const disclosure: Disclosure = {
    meta: {
      kind: readKind(titles, profile?.kind ?? 'unknown'),
      level: readLevel(titles),
      department: readDepartment(
        located.map((l) => l.ctx.department ?? ''),
        texts,
      ),
      year: readYear(titles),
      layout: profile?.id ?? 'unknown',
      unit,
    },
    tables,
    narrative: narrative.paragraphs,
    unrecognized,
    missing,
    warnings: raw.warnings.map((w) => ({ ...w })),
    source: { ...raw.source },
  };
  const performance = parsePerformanceTables(raw);
  if (performance.length > 0) disclosure.performance = performance;
  return disclosure;
}
