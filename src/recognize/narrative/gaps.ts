/**
 * What a filled-in template leaves behind: units with no number before them ("增加  万元") and placeholders
 * ("XX局", "××", "20XX年").
 */
import type { BlankClaim, PlaceholderClaim, Sentence } from './claims.js';
import { cleanSubject } from './subject.js';

/** A unit right after an amount word, or after a run of spaces, with no digit before it. */
const BLANK =
  /(增加|减少|增长|下降|降低|支出|预算|拨款|经费|合计|共计|总额|金额|规模|收入|资金|为|是|占)([ \u3000]*)(万元|亿元|千元|元|%)|([^\d.\s%])([ \u3000]{2,})(万元|亿元|千元)/gu;
const PLACEHOLDER = /[Xx×]{2,}|\*{2,}|某某|○{2,}|□{2,}|_{3,}|[(（][ \u3000]*[)）](?=万元|元|%|个)/gu;

export function blankClaims(sentences: Sentence[]): BlankClaim[] {
  const out: BlankClaim[] = [];
  for (const s of sentences) {
    for (const m of s.text.matchAll(BLANK)) {
      const at = m.index ?? 0;
      const word = m[1] ?? m[4];
      const spaces = m[2] ?? m[5];
      // "元" straight after a word with no space is a word part (单元, 多元) unless the word is an amount verb.
      const unit = m[3] ?? m[6];
      if (unit === '元' && spaces === '' && !/增加|减少|为/u.test(word)) continue;
      // A unit named, not an amount left out: "单位:万元", "单位为万元", "金额转化为万元时".
      if (/(单位:?|单位为|(转化|转换|折算|换算|折合|计量)为)$/u.test(s.text.slice(0, at + word.length)))
        continue;
      // The context starts after the last separator within 16 characters before the blank.
      const window = s.text.slice(Math.max(0, at - 16), at);
      const cut = Math.max(
        window.lastIndexOf(','),
        window.lastIndexOf(';'),
        window.lastIndexOf('。'),
        window.lastIndexOf(':'),
      );
      const from = Math.max(0, at - 16) + cut + 1;
      const lead = s.text.slice(Math.max(0, at - 40), at + word.length);
      const subject = cleanSubject(lead.split(/[,;:。、]/u).pop() ?? '');
      out.push({
        kind: 'blank',
        subject,
        context: s.text.slice(from, at + m[0].length).trim(),
        sentence: s,
        at,
      });
    }
  }
  return out;
}

export function placeholderClaims(sentences: Sentence[]): PlaceholderClaim[] {
  const out: PlaceholderClaim[] = [];
  for (const s of sentences) {
    for (const m of s.text.matchAll(PLACEHOLDER)) {
      out.push({ kind: 'placeholder', token: m[0], subject: '', sentence: s, at: m.index ?? 0 });
    }
  }
  return out;
}
