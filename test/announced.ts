/**
 * The tables a document announces — the table lines of its 目录, or, without one, the titles printed above its
 * tables — and what gongkai made of each: the kind it recognized, the reason it gave for leaving it unchecked, or
 * nothing (announced, not found). Used by the corpus tests to show every announced table that is not recognized.
 */
import type { Disclosure } from '../src/model/disclosure.js';
import type { RawDocument } from '../src/model/raw.js';

export interface Announced {
  /** As the 目录 (or the table's title) prints it, numbering and leaders stripped. */
  title: string;
  /** The kind gongkai gave it, when recognized. */
  kind?: string;
  /** Why gongkai left it unchecked, when it listed it as unrecognized. */
  reason?: string;
  page?: number;
}

const norm = (t: string) => t.normalize('NFKC').replace(/[\s\u3000]/gu, '');

/** Numbering before a 目录 entry: 一、 (一) 1. 表1 表一 附表1 预算01表 公开表1 …; leaders and page numbers after it. */
function entryTitle(line: string): string {
  return norm(line)
    .replace(/[.．…·・\-—_]{2,}\d*$/u, '')
    .replace(/(?<=表|[)）])\d+$/u, '')
    .replace(/^(第[一二三四五六七八九十]+部分)/u, '')
    .replace(/^([(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.．])/u, '')
    .replace(/^\d{1,2}[、.．](?!\d)/u, '')
    .replace(/^(附表|公开表|预算|表)\s*[-－]?[0-9一二三四五六七八九十]+(表)?[:：、.．]?/u, '');
}

/** What two printings of one title share: no year, no 部门/单位/预算单位 prefix, no quotes or brackets. */
export function titleCore(title: string): string {
  return norm(title)
    .replace(/单位[:：].*$/u, '')
    .replace(/^.*?(20\d{2})年(度)?/u, '')
    .replace(/^(市级)?(部门|预算单位|单位)(综合预算)?/u, '')
    .replace(/[“”"'‘’]/gu, '')
    .replace(/[(（][^)）]*[)）]/gu, '');
}

/** Looser still: 收支总体情况表 and 收支总表, 政府采购预算情况表 and 政府采购预算表 are one table. */
function looseCore(title: string): string {
  return titleCore(title).replace(/总体|情况|预算|明细/gu, '');
}

const TABLE_LINE = /表([(（][^)）]*[)）])?$/u;

/** The table lines of the 目录: after a 目录 heading on the first pages, until the body text begins. */
export function tocTables(raw: RawDocument): string[] {
  const blocks = raw.blocks;
  const start = blocks.findIndex(
    (b) => b.type === 'paragraph' && norm(b.text) === '目录' && (b.prov.page ?? 1) <= 6,
  );
  if (start < 0) return [];
  const page = blocks[start].prov.page ?? 1;
  const out: string[] = [];
  for (const p of blocks.slice(start + 1, start + 120)) {
    // The 目录 ends where the body begins: a table, a long paragraph, or two pages on.
    if (p.type !== 'paragraph' || (p.prov.page ?? page) > page + 1) break;
    const t = norm(p.text);
    if (t.length > 70) break;
    const title = entryTitle(p.text);
    if (
      TABLE_LINE.test(title) &&
      title.length >= 4 &&
      !/部分|公开表$|^(\d{4}年度?)?\S{0,20}(部门|单位)(综合)?(预算|决算)(公开)?表$|报表$/u.test(title)
    )
      if (!out.includes(title)) out.push(title);
  }
  return out;
}

/** Every announced table with what gongkai made of it; tables found that no 目录 line names are listed after. */
export function announcedTables(raw: RawDocument, d: Disclosure): Announced[] {
  const toc = tocTables(raw);
  const found = [
    ...d.tables.map((t) => ({
      core: titleCore(t.title),
      kind: t.kind,
      reason: undefined,
      page: t.prov.page,
    })),
    ...d.unrecognized.map((u) => ({
      core: titleCore(u.title),
      kind: undefined,
      reason: u.reason,
      page: u.prov.page,
    })),
  ];
  const used = new Set<number>();
  const take = (i: number): Announced => {
    used.add(i);
    const f = found[i];
    return { title: '', kind: f.kind, reason: f.reason, page: f.page };
  };
  const out: Announced[] = toc.map((title) => {
    const core = titleCore(title);
    let i = found.findIndex((f, j) => !used.has(j) && f.core === core);
    if (i < 0) i = found.findIndex((f, j) => !used.has(j) && looseCore(f.core) === looseCore(core));
    if (i < 0)
      i = found.findIndex(
        (f, j) => !used.has(j) && f.core.length >= 4 && (core.includes(f.core) || f.core.includes(core)),
      );
    return i < 0 ? { title } : { ...take(i), title };
  });
  // Without a 目录, what the titles announce; with one, the tables it does not name (annexes, 绩效 pages).
  // Pages of one unjoined table (a 绩效目标表 page by page) are one line.
  const seen = new Set<string>();
  found.forEach((f, j) => {
    // The pages and projects of the 绩效 tables are one line; every other table its own.
    const key = /绩效/u.test(f.reason ?? '') ? f.reason : `${f.core}|${f.kind ?? f.reason}`;
    if (used.has(j) || seen.has(key)) return;
    seen.add(key);
    out.push({ title: f.core, kind: f.kind, reason: f.reason, page: f.page });
  });
  return out;
}

/** The announced tables gongkai neither recognized nor named (an unknown title, or not found at all). */
export function unreadTables(list: Announced[]): string[] {
  return list.filter((a) => !a.kind && (!a.reason || /不属于/u.test(a.reason))).map((a) => a.title);
}

/** One line per announced table: ✓ kind, – the reason it is not checked, ✗ not recognized or not found. */
export function describeAnnounced(list: Announced[]): string {
  return list
    .map((a) => {
      const mark = a.kind ? '✓' : a.reason && !/不属于/u.test(a.reason) ? '–' : '✗';
      const what = a.kind ?? a.reason ?? '目录列出，文件中未找到';
      return `  ${mark} ${a.title.slice(0, 40)} → ${what}${a.page ? ` (p${a.page})` : ''}`;
    })
    .join('\n');
}
