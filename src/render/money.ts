/** 分 → printed amount, exactly (no floating point): 12345 → "123.45"; zero prints blank unless asked. */
export function money(cents: number, zeroAsBlank = true): string {
  if (cents === 0 && zeroAsBlank) return '';
  const sign = cents < 0 ? '-' : '';
  const a = Math.abs(cents);
  return `${sign}${Math.trunc(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
