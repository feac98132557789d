/**
 * Parsers for option values. A bad value is refused by commander before anything runs (exit 2, one Chinese line
 * naming the option and the value); the limits are stated in each command's --help.
 */
import { InvalidArgumentError } from 'commander';

export function positiveInt(text: string): number {
  if (!/^\d+$/u.test(text.trim()) || Number(text) < 1) throw new InvalidArgumentError('应为正整数');
  return Number(text);
}

export function nonNegativeInt(text: string): number {
  if (!/^\d+$/u.test(text.trim())) throw new InvalidArgumentError('应为非负整数');
  return Number(text);
}

/** Seconds, decimals allowed ("0.5"). */
export function positiveSeconds(text: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('应为正数（秒）');
  return n;
}

export function year(text: string): number {
  if (!/^\d{4}$/u.test(text)) throw new InvalidArgumentError('年份应为四位数字，如 2024');
  return Number(text);
}
