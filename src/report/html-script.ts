/**
 * The report's inline script: the findings of each marked cell are embedded as JSON, and hovering, clicking or
 * focusing a marked cell shows them in the side panel. The panel is filled with textContent only, never
 * innerHTML, so nothing in a finding can become markup.
 */
import type { FindingPlacement } from './html-marks.js';
import { unstatedAmounts } from './html-summary.js';
import { ruleTitle, SEVERITY_LABEL, scriptJson } from './html-text.js';
import type { DocumentReport } from './types.js';

/** What the panel shows; built here so the browser script stays small. */
export function panelData(report: DocumentReport, placement: FindingPlacement): unknown {
  const cells: Record<
    string,
    { f: number[]; s: { actual: string; suggested: string; satisfies: number; tie: boolean }[] }
  > = {};
  for (const [key, mark] of placement.cells) {
    cells[key] = {
      f: mark.findings,
      s: mark.suspects.map((s) => ({
        actual: s.actual,
        suggested: s.suggested,
        satisfies: s.satisfies,
        tie: s.tie === true,
      })),
    };
  }
  const findings: Record<
    number,
    { sev: string; cls: string; rule: string; message: string; amounts: string }
  > = {};
  for (const f of report.findings) {
    findings[f.id] = {
      sev: SEVERITY_LABEL[f.severity],
      cls: f.severity,
      rule: ruleTitle(f),
      message: f.message,
      amounts: unstatedAmounts(f),
    };
  }
  return { cells, findings };
}

export function scriptHtml(data: unknown): string {
  return `<script type="application/json" id="report-data">${scriptJson(data)}</script>
<script>${CLIENT}</script>`;
}

const CLIENT = `
(function () {
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var panel = document.getElementById('panel-body');
  var selected = null;
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }
  function show(td, pin) {
    var key = td.getAttribute('data-cell');
    var info = data.cells[key];
    if (!info) return;
    if (pin) {
      if (selected) selected.classList.remove('selected');
      selected = td;
      td.classList.add('selected');
    }
    panel.textContent = '';
    var head = td.closest('tr').querySelector('th');
    var place = el('p', 'where', (head ? head.textContent : '') + (td.tagName === 'TD' ? '：' + (td.textContent || '（空白）') : ''));
    panel.appendChild(place);
    info.s.forEach(function (s) {
      panel.appendChild(el('div', 'suggest', '最可能出错：' + s.actual + '，改为 ' + s.suggested + ' 可使 ' + s.satisfies + ' 条等式成立' + (s.tie ? '（另有同样可能的解释）' : '')));
    });
    info.f.forEach(function (id) {
      var f = data.findings[id];
      var box = el('div', 'finding ' + ({ error: 'bad', warning: 'warn', info: 'info' })[f.cls]);
      box.appendChild(el('span', 'sev', f.sev));
      box.appendChild(el('p', 'message', f.message));
      if (f.amounts) box.appendChild(el('p', 'amounts', f.amounts));
      box.appendChild(el('p', 'rule', f.rule));
      panel.appendChild(box);
    });
  }
  document.addEventListener('mouseover', function (e) {
    var td = e.target.closest && e.target.closest('[data-cell]');
    if (td && !selected) show(td, false);
  });
  document.addEventListener('click', function (e) {
    var go = e.target.closest && e.target.closest('[data-goto]');
    if (go) {
      e.preventDefault();
      var target = document.querySelector('[data-cell="' + go.getAttribute('data-goto') + '"]');
      if (target) { target.scrollIntoView({ block: 'center' }); target.focus(); show(target, true); }
      return;
    }
    var td = e.target.closest && e.target.closest('[data-cell]');
    if (td) show(td, true);
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && document.activeElement && document.activeElement.hasAttribute('data-cell')) show(document.activeElement, true);
  });
})();
`;
