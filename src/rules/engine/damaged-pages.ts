/**
 * Findings on a damaged page. When the reader had to repair or skip part of a page (a PDF's broken content stream,
 * a damaged font, a page it could not read — model/raw.ts PageDamage), a finding that points there says so; where
 * the page's content could not be read whole, an error is lowered to a warning: what looks like a wrong total may
 * be a figure the damage hid, and gongkai does not claim the document is wrong on a reading it cannot trust.
 */
import type { Finding } from '../../model/finding.js';
import { fillMessage } from '../../model/money.js';
import type { PageDamage } from '../../model/raw.js';

const NOTE: Record<PageDamage['what'], string> = {
  content: '（第{page}页的内容流损坏，此处读数可能不全或有误）',
  font: '（第{page}页的字体损坏，此处文字可能读错）',
  unreadable: '（第{page}页无法读取，相关内容缺失）',
};

/** The pages a finding rests on: its own location and the cells it relates. */
function pagesOf(f: Finding): number[] {
  const pages = [f.location.page, ...f.related.map((r) => r.location.page)];
  return pages.filter((p): p is number => p !== undefined);
}

export function noteDamagedPages(findings: Finding[], damage: PageDamage[] | undefined): void {
  if (!damage || damage.length === 0) return;
  const byPage = new Map(damage.map((d) => [d.page, d]));
  for (const f of findings) {
    const hit = pagesOf(f)
      .map((p) => byPage.get(p))
      .filter((d): d is PageDamage => d !== undefined)
      .sort((a, b) => Number(b.broken) - Number(a.broken) || a.page - b.page)[0];
    if (!hit) continue;
    f.message += fillMessage(NOTE[hit.what], { page: hit.page });
    f.data = { ...f.data, damagedPage: hit.page };
    if (hit.broken && f.severity === 'error') {
      f.severity = 'warning';
      f.data.readingDoubt = 'pdf-damaged';
    }
  }
}
