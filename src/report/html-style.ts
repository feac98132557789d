/**
 * Inline CSS of the HTML report. System CJK fonts only (no web fonts: the file must open offline);
 * print-friendly; marked cells stay recognizable in grayscale (outline styles differ, not only colours).
 */
export const STYLE = `
:root { --bad: #c62828; --bad-bg: #fde7e7; --warn: #b26a00; --warn-bg: #fff4d6; --info-bg: #e8f0fe; --line: #c9ced6; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "SimSun", sans-serif; color: #1f2328; background: #f6f7f9; }
main { margin-right: 360px; padding: 16px 24px 48px; }
header h1 { font-size: 22px; margin: 0 0 8px; }
dl.meta { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 4px 16px; margin: 0 0 12px; }
dl.meta div { display: flex; gap: 8px; }
dl.meta dt { color: #57606a; white-space: nowrap; }
dl.meta dt::after { content: "："; }
dl.meta dd { margin: 0; font-weight: 600; word-break: break-all; }
section { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; margin: 12px 0; }
h2 { font-size: 18px; margin: 0 0 8px; }
h3 { font-size: 16px; margin: 0 0 8px; }
h3 .unit { font-size: 13px; font-weight: normal; color: #57606a; margin-left: 12px; }
.count { display: inline-block; margin-right: 12px; padding: 0 8px; border-radius: 4px; }
.count.bad { background: var(--bad-bg); color: var(--bad); }
.count.warn { background: var(--warn-bg); color: var(--warn); }
.count.info { background: var(--info-bg); color: #1a4fa0; }
table.rules { border-collapse: collapse; margin-top: 6px; }
table.rules td, table.rules th { border: 1px solid var(--line); padding: 2px 8px; }
.rule-id { color: #57606a; font-family: monospace; font-size: 12px; }
.suspects li { margin: 4px 0; }
.tie { margin-left: 8px; color: var(--warn); font-size: 12px; border: 1px solid var(--warn); border-radius: 3px; padding: 0 4px; }
.scroll { overflow-x: auto; }
table[data-table] { border-collapse: collapse; font-variant-numeric: tabular-nums; }
table[data-table] th, table[data-table] td { border: 1px solid var(--line); padding: 2px 8px; }
table[data-table] thead th { background: #eef1f5; font-weight: 600; text-align: center; }
table[data-table] tbody th { text-align: left; font-weight: normal; white-space: nowrap; }
table[data-table] tbody th.k-total { font-weight: 600; }
table[data-table] tbody th.k-of-which { padding-left: 24px; }
table[data-table] td { text-align: right; min-width: 80px; white-space: nowrap; }
.bad { background: var(--bad-bg); }
.warn { background: var(--warn-bg); }
.info { background: var(--info-bg); }
td.rel, th.rel { background-image: repeating-linear-gradient(135deg, transparent 0 6px, rgba(255,255,255,.7) 6px 9px); }
td.bad:not(.rel), th.bad:not(.rel) { color: var(--bad); font-weight: 600; }
.suspect { outline: 3px solid var(--bad); outline-offset: -3px; }
[data-cell] { cursor: pointer; }
[data-cell]:focus, [data-cell].selected { box-shadow: inset 0 0 0 2px #1a4fa0; outline-color: #1a4fa0; }
.note { color: #57606a; font-size: 13px; }
ul { padding-left: 20px; }
li.finding { margin: 6px 0; list-style: none; border-left: 4px solid var(--line); padding-left: 8px; }
li.finding.bad { border-left-color: var(--bad); background: none; }
li.finding.warn { border-left-color: var(--warn); background: none; }
li.finding.info { border-left-color: #1a4fa0; background: none; }
.sev { font-size: 12px; padding: 0 4px; border-radius: 3px; background: #eef1f5; }
.where { font-weight: 600; }
.amounts { color: #57606a; }
.rule { color: #8b949e; font-size: 12px; }
blockquote { margin: 4px 0; padding: 4px 8px; background: #f6f7f9; border-left: 3px solid var(--line); }
#panel { position: fixed; top: 0; right: 0; width: 360px; height: 100vh; overflow-y: auto; background: #fff; border-left: 1px solid var(--line); padding: 16px; }
#panel h2 { font-size: 16px; }
#panel .hint { color: #57606a; }
#panel .suggest { border: 2px solid var(--bad); border-radius: 4px; padding: 4px 8px; margin: 6px 0; }
@media (max-width: 900px) { main { margin-right: 0; } #panel { position: static; width: auto; height: auto; border-left: 0; border-top: 1px solid var(--line); } }
table[data-table] .side-b { border-left: 3px double #8b949e; }
sup.mk { float: left; font-size: 10px; line-height: 1; color: var(--bad); font-weight: 700; margin-right: 4px; }
th sup.mk { float: none; margin-left: 4px; }
.reasons ol { list-style: none; padding-left: 0; margin: 6px 0; }
.reasons .no { display: inline-block; min-width: 22px; font-weight: 700; color: var(--bad); }
.reasons li.warn .no { color: var(--warn); }
.reasons .ref { color: #57606a; font-size: 12px; margin-left: 4px; }
.fix { color: var(--bad); }
h4 { margin: 8px 0 4px; font-size: 14px; }
.actions h3 { font-size: 15px; margin: 10px 0 4px; }
.actions .warnings h3 { color: var(--warn); }
.actions li { margin: 3px 0; }
mark { background: #ffd54f; color: inherit; padding: 0 2px; border-bottom: 2px solid var(--bad); }
ul.versus { list-style: none; padding-left: 0; margin: 2px 0 4px; }
ul.versus .role { font-size: 12px; padding: 0 4px; border-radius: 3px; background: #eef1f5; color: #57606a; }
.narrative .msg { margin-top: 2px; }
.hint { color: #57606a; font-size: 13px; margin: 0 0 6px; }
@media print { #panel { display: none; } main { margin-right: 0; padding: 0; } body { background: #fff; font-size: 11px; } section { border: 0; padding: 4px 0; break-inside: auto; } .scroll { overflow: visible; } table[data-table] td { min-width: 0; } h3 { break-after: avoid; } .bad, .warn, .info, .suspect, mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`;
