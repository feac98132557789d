/**
 * XML of an office file (DOCX/XLSX parts) → a small element tree, in document order (Word interleaves paragraphs,
 * tables and runs; their order is the reading order).
 *
 * A part that declares a DTD is refused outright: OOXML never needs one, and a DTD is how entity-expansion
 * ("billion laughs") and external-entity (XXE) attacks are carried. Only the five predefined entities and numeric
 * character references are decoded, here, in one pass (fast-xml-parser leaves numeric references alone).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { IngestError } from '../errors.js';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/giu, (m, e: string) => {
    if (e[0] !== '#') return PREDEFINED[e.toLowerCase()] ?? m;
    const code =
      e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

type Parsed = Record<string, unknown>;

function convert(items: Parsed[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const item of items) {
    for (const key of Object.keys(item)) {
      if (key === ':@') continue;
      if (key === '#text') {
        out.push(decodeEntities(String(item[key])));
        continue;
      }
      const attrs: Record<string, string> = {};
      for (const [k, v] of Object.entries((item[':@'] as Record<string, unknown>) ?? {}))
        attrs[k] = decodeEntities(String(v));
      out.push({ name: key, attrs, children: convert((item[key] as Parsed[]) ?? []) });
    }
  }
  return out;
}

/** Parse one XML part; `file` and `part` name it in messages. Throws IngestError on a DTD or broken XML. */
export function parseXml(text: string, file: string, part: string): XmlElement {
  if (/<!DOCTYPE|<!ENTITY/iu.test(text)) {
    throw new IngestError(
      'corrupt',
      file,
      `${file}：${part} 含有 DTD 或实体声明（Office 文件从不需要，可能是 XML 实体攻击），拒绝读取`,
    );
  }
  // The parser is lenient (an unclosed tag is closed for it); a truncated part must say it is broken instead.
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new IngestError(
      'corrupt',
      file,
      `${file}：${part} 不是合法的 XML（第 ${valid.err.line} 行：${valid.err.msg}），文件可能已损坏`,
    );
  }
  let parsed: Parsed[];
  try {
    parsed = parser.parse(text) as Parsed[];
  } catch (e) {
    throw new IngestError('corrupt', file, `${file}：${part} 不是合法的 XML（${(e as Error).message}）`);
  }
  const root = convert(parsed).find((n): n is XmlElement => typeof n !== 'string');
  if (!root) throw new IngestError('corrupt', file, `${file}：${part} 是空的`);
  return root;
}

export function isElement(n: XmlNode): n is XmlElement {
  return typeof n !== 'string';
}

/** Child elements named `name` (qualified, e.g. "w:tc"). */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => isElement(c) && c.name === name);
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c): c is XmlElement => isElement(c) && c.name === name);
}

/** All text below an element, in order. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
