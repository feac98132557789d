/** Edit distance of the smallest kind: what one OCR slip does to a word (a character changed, added or lost). */

/** Whether a and b are at most one edit apart (one character changed, added or lost). */
export function oneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [[...a], [...b]] : [[...b], [...a]];
  if (l.length - s.length > 1) return false;
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  const tail = (x: string[], from: number) => x.slice(from).join('');
  if (s.length === l.length) return tail(s, i + 1) === tail(l, i + 1);
  return tail(s, i) === tail(l, i + 1);
}
