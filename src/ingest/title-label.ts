/**
 * "表5　一般公共预算支出情况表" printed as one caption (a merged title cell in Excel, a caption in HTML) is the
 * label and the title that a Word text copy has on two lines; readers give them as two paragraphs, so the table
 * is named the same whatever the format it came in.
 */
const LABEL_THEN_TITLE = /^(表(?:[0-9]+|[一二三四五六七八九十]+)(?:[-－—]\d+)?)[\s\u3000]+(\S.*)$/u;

export function splitLabel(text: string): string[] {
  const m = LABEL_THEN_TITLE.exec(text);
  return m ? [m[1], m[2]] : [text];
}
