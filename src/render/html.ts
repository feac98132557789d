/**
 * The document as one self-contained HTML page: real tables with rowspan/colspan headers, amounts right-aligned,
 * the 说明 as paragraphs. No scripts, no external resources.
 */
import { esc, htmlPage } from '../model/html.js';
import { frameOf, GLOSSARY, type Part, type RenderedDocument } from './national.js';
import type { RenderedTable } from './table.js';

const STYLE = `body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;line-height:1.6}
h1{text-align:center}h2{margin-top:2.5rem}section.table{margin:2rem 0}
.caption{text-align:center;font-weight:bold;font-size:1.1rem}.meta{display:flex;justify-content:space-between;font-size:.9rem}
table{border-collapse:collapse;width:100%;font-size:.85rem}th,td{border:1px solid #444;padding:.2rem .35rem}
th{background:#eef2f6;font-weight:600}td.amount{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.total td{font-weight:bold}p.note{font-size:.9rem}`;

const span = (n: number | undefined, attr: string) => ((n ?? 1) > 1 ? ` ${attr}="${n}"` : '');

function tableHtml(t: RenderedTable, doc: RenderedDocument): string {
  const head = t.header
    .map(
      (cells) =>
        `<tr>${cells.map((c) => `<th${span(c.colSpan, 'colspan')}${span(c.rowSpan, 'rowspan')}>${esc(c.text)}</th>`).join('')}</tr>`,
    )
    .join('\n');
  const amount = new Set(t.amountColumns);
  const body = t.rows
    .map((r) => {
      const total = r.some((c) => /^(合计|收入总计|支出总计)$/u.test(c)) ? ' class="total"' : '';
      return `<tr${total}>${r.map((c, k) => `<td${amount.has(k) ? ' class="amount"' : ''}>${esc(c)}</td>`).join('')}</tr>`;
    })
    .join('\n');
  return `<section class="table" id="${esc(t.label)}">
<div class="caption">${esc(t.label)}　${esc(t.title)}</div>
<div class="meta"><span>${esc(frameOf(doc).preparedBy)}</span><span>单位：${esc(doc.unit)}</span></div>
<table>
<thead>
${head}
</thead>
<tbody>
${body}
</tbody>
</table>
${t.note ? `<p class="note">${esc(t.note)}</p>\n` : ''}</section>`;
}

const part = ([n, title]: Part) => `<h2>${n}　${esc(title)}</h2>`;

export function renderHtml(doc: RenderedDocument): string {
  const f = frameOf(doc);
  const title = f.title;
  const narrative = doc.narrative
    .map((s) => `<h3>${esc(s.heading)}</h3>\n${s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}`)
    .join('\n');
  return htmlPage(
    title,
    STYLE,
    `<h1>${esc(title)}</h1>
${part(f.tables)}
${doc.tables.map((t) => tableHtml(t, doc)).join('\n')}
${part(f.narrative)}
${narrative}
${part(f.glossary)}
${GLOSSARY.map((g) => `<p>${esc(g)}</p>`).join('\n')}`,
  );
}
