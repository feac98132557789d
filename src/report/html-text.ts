/**
 * Escaping and the Chinese words the HTML report shows for the report's codes (kinds, severities, rule ids).
 */
import { SEVERITY_LABEL, type Severity } from '../model/finding.js';
import { profileById } from '../profiles/index.js';
import { RULES } from '../rules/index.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and quoted attribute values alike. */
export function esc(text: string | number | undefined): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

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

export function layoutLabel(layout: string): string {
  // The reader knows the layout by its printed name; the internal id is for the JSON report.
  return profileById(layout)?.title ?? layout;
}

export function formatLabel(format: string): string {
  return FORMAT_LABEL[format] ?? format;
}

let titles: Map<string, string> | undefined;

/** The rule's one-line Chinese title, falling back to its id for rules this build does not know. */
export function ruleTitle(id: string): string {
  titles ??= new Map(RULES.map((r) => [r.meta.id, r.meta.title]));
  return titles.get(id) ?? id;
}
