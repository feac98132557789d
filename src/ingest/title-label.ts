/**
 * "表5　一般公共预算支出情况表" printed as one caption (a merged title cell in Excel, a caption in HTML) is the
 * label and the title that a Word text copy has on two lines; readers give them as two paragraphs, so the table
 * is named the same whatever the format it came in.
 */
import { TABLE_LABEL_SOURCE } from '../model/numbering.js';

const LABEL_THEN_TITLE = new RegExp(`^(${TABLE_LABEL_SOURCE})[\\s\\u3000]+(\\S.*)$`, 'u');

export function splitLabel(text: string): string[] {
  const m = LABEL_THEN_TITLE.exec(text);
  return m ? [m[1], m[2]] : [text];
}
