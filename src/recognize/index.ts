/**
 * Recognition: RawDocument → Disclosure. Which layout (profile), which table is which (by title), what each
 * column and row means (by header and structure), and the narrative with its sections.
 */

import type { Disclosure, DocumentLevel, IndexEntry, Table } from '../model/disclosure.js';
import { TABLE_NUMBER_ONLY } from '../model/numbering.js';
import type { RawDocument, RawParagraph, RawTable } from '../model/raw.js';
import type { Unit } from '../model/rounding.js';
import { EXTRA_TABLES, PROFILES, TABLE_INDEX } from '../profiles/index.js';
import type { Profile, TableSpec } from '../profiles/types.js';
import { readContext, type TableContext, titleKey, titleText } from './context.js';
import { append, continues } from './continuation.js';
import { readDepartment, readKind, readLevel, readYear } from './meta.js';
import { extractClaims, parsePerformanceTables, resolveClaims } from './narrative/index.js';
import { headingLevel, NarrativeBuilder } from './narrative.js';
import { matches, norm } from './normalize.js';
import { mendOcrHeaderRows } from './ocr-names.js';
import { mendOcrTitle, mendOcrTitleRows } from './ocr-title.js';
import { markTableSets } from './scopes.js';
import { buildTable, matchSpec } from './table.js';
import { readTableIndex } from './table-index.js';
import { nameColumns, splitViews } from './views.js';

export { formatCode } from '../model/table.js';

interface Located {
  raw: RawTable;
  ctx: TableContext;
  /** Paragraph blocks used as the table's title block. */
  consumed: Set<RawParagraph>;
  /** Paragraphs printed right after the table, before the next block that is not a paragraph. */
  after: RawParagraph[];
  /** Paragraphs between the table before and this one that are not its title block. */
  between: number;
}

function locateTables(raw: RawDocument): Located[] {
  const out: Located[] = [];
  let before: RawParagraph[] = [];
  let since = 0;
  // A header read by OCR may have a word one slip off (ocr-names.ts).
  const blocks = raw.blocks.map((b) =>
    b.type === 'table' && b.prov.ocr ? { ...b, rows: mendOcrHeaderRows(b.rows) } : b,
  );
  blocks.forEach((b, i) => {
    if (b.type === 'paragraph') {
      before.push(b);
      since++;
      if (before.length > 5) before.shift();
      return;
    }
    const window = before.slice(-4).filter((p) => headingLevel(p.text) === undefined);
    // A title read by OCR may have a character taken for a look-alike (ocr-title.ts).
    const texts = window.map((p) => (p.prov.ocr ? mendOcrTitle(p.text) : p.text));
    const ctx = readContext(texts, b.prov.ocr ? mendOcrTitleRows(b.rows) : b.rows);
    const consumed = new Set(
      window.filter((_, k) => norm(texts[k]).length <= 80 && ctx.texts.includes(norm(texts[k]))),
    );
    const after: RawParagraph[] = [];
    for (let j = i + 1; j < blocks.length && after.length < 4; j++) {
      const next = blocks[j];
      if (next.type !== 'paragraph') break;
      after.push(next);
    }
    out.push({ raw: b, ctx, consumed, after, between: since - consumed.size });
    before = [];
    since = 0;
  });
  return out;
}

/** Pages of one table joined into one (see continuation.ts); the title block of a joined page is consumed too. */
function joinPages(located: Located[], profile: Profile | undefined): Located[] {
  const out: Located[] = [];
  const titleOf = (l: Located) =>
    profile ? matchSpec(l.ctx.texts, profile.tables, titleKey)?.title : undefined;
  let prevTitle: string | undefined;
  for (const l of located) {
    const prev = out[out.length - 1];
    const title = titleOf(l);
    const next = { raw: l.raw, ctx: l.ctx, title };
    if (prev && l.between <= 1 && continues({ raw: prev.raw, ctx: prev.ctx, title: prevTitle }, next)) {
      out[out.length - 1] = {
        ...prev,
        raw: append(prev, next),
        consumed: new Set([...prev.consumed, ...l.consumed]),
        after: l.after,
      };
      continue;
    }
    out.push(l);
    prevTitle = title;
  }
  return out;
}

/** The profile whose tables the document's titles match most; between equals, the one of the document's level. */
function chooseProfile(located: Located[], level: DocumentLevel): Profile | undefined {
  let best: Profile | undefined;
  let bestScore = 0;
  for (const p of PROFILES) {
    const score = located.filter((l) => matchSpec(l.ctx.texts, p.tables, titleKey)).length;
    const better =
      score > bestScore || (score === bestScore && score > 0 && p.level === level && best?.level !== level);
    if (better) [best, bestScore] = [p, score];
  }
  return best;
}

/** The text that names an unrecognized table: the last title-like text above it (a 表 title), else the first. */
function unrecognizedTitle(l: Located): string {
  const titled = l.ctx.texts.filter((t) => /表/u.test(t) && !TABLE_NUMBER_ONLY.test(t) && t.length <= 60);
  return titled[titled.length - 1] ?? headerText(l);
}

/** A table without a title above it is named by its first row (序号 | 单位名称 | 备注). */
function headerText(l: Located): string {
  return (
    l.raw.rows[0]?.cells
      .map((c) => norm(c.text))
      .filter((t) => t !== '')
      .join(' ') ?? ''
  );
}

/** Why a table was not recognized: a known extra table, a table of another layout, or an unknown title. */
function unrecognizedReason(l: Located, profile: Profile | undefined): string {
  // The title, the texts above, and the header (a 公开目录 printed as a table: 报表 | 报表名称 | 是否空表).
  for (const text of [unrecognizedTitle(l), ...l.ctx.texts, headerText(l)]) {
    const extra = EXTRA_TABLES.find((e) => new RegExp(e.title, 'u').test(titleKey(text)));
    if (extra) return extra.reason;
  }
  const other = PROFILES.find((p) => p !== profile && matchSpec(l.ctx.texts, p.tables, titleKey));
  if (other) return `属于“${other.title}”版式的表格，与本文件识别出的版式不同，未检查`;
  return profile ? '标题不属于已识别版式中的任何一张表' : '标题不属于已知版式中的任何一张表';
}

function documentUnit(located: Located[]): Unit {
  const units = located.map((l) => l.ctx.unit).filter((u): u is Unit => u !== undefined);
  return units.includes('万元') && units.filter((u) => u === '万元').length >= units.length / 2
    ? '万元'
    : (units[0] ?? '元');
}

/** A note printed under a table (注：本表反映… / 说明：…本表无数据 / 空表说明), not the next title or heading. */
function isNote(p: RawParagraph): boolean {
  const t = norm(p.text);
  if (headingLevel(p.text) !== undefined || TABLE_NUMBER_ONLY.test(t) || /表$|单位[:：]/u.test(t))
    return false;
  return /^(注|说明|备注)/u.test(t) || /空表|本表|此表|无数据|未安排/u.test(t);
}

/** The notes of a table: the run of note paragraphs right below it. */
function notesAfter(l: Located): RawParagraph[] {
  const out: RawParagraph[] = [];
  for (const p of l.after) {
    if (!isNote(p)) break;
    out.push(p);
  }
  return out;
}

const INDEX_READ = '公开报表目录：不是收支表格；所列各表是否为空表的标记已与各表核对';
const UNCUT_VIEWS = '支出按多种分类并列列示，但来源格式没有表格网格，无法分开读取，未检查';
const UNKNOWN_VIEW = '并列列示的支出分类：表头不属于本版式已知的分类，未检查';

/** A recognized document and the layout it was read by (undefined: no layout fits). */
export interface Recognition {
  disclosure: Disclosure;
  profile: Profile | undefined;
}

/** The document as the layout that fits it reads it. */
export function recognize(raw: RawDocument): Disclosure {
  return recognizeWithProfile(raw).disclosure;
}

/** The document and the profile chosen for it, so that a caller checks by that profile without looking it up again. */
export function recognizeWithProfile(raw: RawDocument): Recognition {
  const pages = locateTables(raw);
  const allTexts = [
    ...raw.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [])),
    ...pages.flatMap((l) => l.ctx.texts),
  ];
  const level = readLevel(allTexts);
  const profile = chooseProfile(pages, level);
  const located = joinPages(pages, profile);
  const unit = documentUnit(located);
  const tables: Table[] = [];
  const units: (string | undefined)[] = [];
  const unrecognized: Disclosure['unrecognized'] = [];
  const consumed = new Set<RawParagraph>();
  const notes = new Set<RawParagraph>();
  const tableIndex: IndexEntry[] = [];
  for (const l of located) {
    const m = profile ? matchSpec(l.ctx.texts, profile.tables, titleKey) : undefined;
    if (!m) {
      const entries = readTableIndex(l.raw, TABLE_INDEX);
      if (entries) tableIndex.push(...entries);
      unrecognized.push({
        title: unrecognizedTitle(l).slice(0, 40),
        reason: entries ? INDEX_READ : unrecognizedReason(l, profile),
        prov: l.raw.prov,
        ...(l.ctx.label ? { label: l.ctx.label } : {}),
      });
      continue;
    }
    for (const p of l.consumed) consumed.add(p);
    const tableUnit = l.ctx.unit ?? m.spec.defaultUnit ?? unit;
    const split = m.spec.views ? splitViews(l.raw, l.ctx.titleRows) : undefined;
    if (m.spec.views && !split && nameColumns(l.raw, l.ctx.titleRows).length > 2) {
      unrecognized.push({ title: unrecognizedTitle(l).slice(0, 40), reason: UNCUT_VIEWS, prov: l.raw.prov });
      continue;
    }
    const table = buildTable(
      split?.main ?? l.raw,
      l.ctx,
      m.spec,
      `t${tables.length + 1}`,
      titleText(m.title),
      tableUnit,
    );
    for (const p of notesAfter(l)) {
      table.notes.push({ text: p.text, prov: p.prov });
      notes.add(p);
    }
    tables.push(table);
    units.push(l.ctx.department);
    for (const view of split?.views ?? []) {
      const spec = profile?.tables.find((s) => s.viewOf === m.spec.kind && matches(s.title, view.header));
      const label = `${table.label}（${spec?.printedAs ?? view.header.slice(0, 20)}）`;
      if (!spec) {
        unrecognized.push({ title: label.slice(0, 40), reason: UNKNOWN_VIEW, prov: l.raw.prov });
        continue;
      }
      const id = `t${tables.length + 1}`;
      tables.push(
        buildTable(view.raw, { ...l.ctx, label }, spec, id, `${table.title}（${spec.printedAs}）`, tableUnit),
      );
      units.push(l.ctx.department);
    }
  }
  markTableSets(tables, units);
  // Figures stand for the precision the document prints in that unit: a table of whole 万元 among tables of
  // 万元 cents is exact; a 三公 table in 万元 says nothing about the 元 tables beside it.
  for (const t of tables) {
    const sameUnit = tables.filter((o) => o.unit === t.unit).map((o) => o.precision);
    t.precision = Math.max(t.precision, ...sameUnit);
  }
  const narrative = new NarrativeBuilder();
  const texts: string[] = [];
  for (const b of raw.blocks) {
    if (b.type !== 'paragraph') continue;
    texts.push(b.text);
    if (!consumed.has(b)) narrative.add(b.text, b.prov);
  }
  const titles = [...texts, ...located.flatMap((l) => l.ctx.texts)];
  const found = new Set(tables.map((t) => t.kind));
  const covered = (s: TableSpec) =>
    (s.coveredBy ?? []).some((c) =>
      tables.some((t) => t.kind === c.kind && t.columns.some((col) => col.role === c.column)),
    );
  const missing = (profile?.tables ?? [])
    .filter((s: TableSpec) => s.required && !found.has(s.kind) && !covered(s))
    .map((s) => ({ kind: s.kind, title: s.printedAs }));
  const disclosure: Disclosure = {
    meta: {
      kind: readKind(titles, profile?.kind ?? 'unknown'),
      level,
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
    claims: { sentences: [], claims: [] },
    unrecognized,
    missing,
    ...(tableIndex.length > 0 ? { tableIndex } : {}),
    warnings: raw.warnings.map((w) => ({ ...w })),
    ...(raw.damage ? { damage: raw.damage.map((d) => ({ ...d })) } : {}),
    source: { ...raw.source },
  };
  disclosure.claims = extractClaims(narrative.paragraphs, disclosure.meta.year);
  resolveClaims(disclosure, disclosure.claims, profile?.narrative);
  const performance = parsePerformanceTables(raw);
  if (performance.length > 0) disclosure.performance = performance;
  return { disclosure, profile };
}
