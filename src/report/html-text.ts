/**
 * Escaping and the Chinese words the HTML report shows for the report's codes (kinds, severities, rule ids);
 * rule titles and the layout's name come with the report.
 */
import { SEVERITY_LABEL, type Severity } from '../model/finding.js';
import { esc } from '../model/html.js';
import type { DocumentReport } from './types.js';

export { esc };

/** JSON safe inside <script>: no "</script>", "<!--" or line separators can end or confuse the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export { SEVERITY_LABEL };

/** CSS class of a marked cell by its worst finding. */
export const SEVERITY_CLASS: Record<Severity, string> = { error: 'bad', warning: 'warn', info: 'info' };

const KIND_LABEL: Record<string, string> = { budget: '预算', 'final-account': '决算', unknown: '未识别' };
const LEVEL_LABEL: Record<string, string> = { department: '部门', unit: '单位', unknown: '未识别' };
const FORMAT_LABEL: Record<string, string> = {
  text: '文本',
  pdf: 'PDF',
  docx: 'Word',
  xlsx: 'Excel',
  html: '网页',
};

export function kindLabel(kind: string): string {
  return KIND_LABEL[kind] ?? kind;
}

export function levelLabel(level: string): string {
  return LEVEL_LABEL[level] ?? level;
}

/** The layout by its printed name; the internal id (for the JSON report) when the report does not carry it. */
export function layoutLabel(d: DocumentReport['document']): string {
  return d.layoutTitle ?? d.layout;
}

export function formatLabel(format: string): string {
  return FORMAT_LABEL[format] ?? format;
}

/** The rule's one-line Chinese title, as its finding carries it; the rule id when it carries none. */
export function ruleTitle(f: { rule: string; ruleTitle?: string }): string {
  return f.ruleTitle ?? f.rule;
}
