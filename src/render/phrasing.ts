/**
 * How the 说明 words a comparison with last year, in each of the ways real documents do (the figures are the
 * same whatever the wording): the change and its rate, the change only, the rate only, or both years' figures
 * first. A change from a zero or unknown base is left out (it has no rate).
 */
import { money, percent } from './money.js';
import type { GrowthPhrasing } from './types.js';

export class Phrasing {
  private turn = 0;
  /** Which of the 'ends' wordings comes next. */
  private endsTurn = 0;
  constructor(
    private readonly styles: GrowthPhrasing[],
    private readonly unit: string,
    private readonly year: number,
  ) {}

  /** The next comparison's wording, the styles used in turn. */
  private next(): GrowthPhrasing {
    const style = this.styles[this.turn % this.styles.length] ?? 'full';
    this.turn++;
    return style;
  }

  /** "，比上年预算增加10.00万元，增长1.88%" and its variants; nothing when last year's figure is unknown or zero. */
  change(now: number, prior: number | undefined): string {
    if (prior === undefined || prior === 0) return '';
    const style = this.next();
    const d = now - prior;
    const before = `${this.year - 1}年预算数为${money(prior, false)}${this.unit}`;
    if (d === 0) return style === 'ends' ? `，${before}，与上年预算持平` : '，与上年预算持平';
    const [more, grow] = d > 0 ? ['增加', '增长'] : ['减少', '下降'];
    const delta = `${more}${money(Math.abs(d), false)}${this.unit}`;
    const rate = `${grow}${percent(Math.abs(d), prior)}%`;
    if (style === 'delta') return `，比上年预算${delta}`;
    if (style === 'rate') return `，比上年预算${rate}`;
    if (style === 'ends') return this.ends(before, delta, rate, money(prior, false));
    return `，比上年预算${delta}，${rate}`;
  }

  /** Both years' figures, then the change and rate, the change only or the rate only; or P said after 比. */
  private ends(before: string, delta: string, rate: string, prior: string): string {
    const y = this.year - 1;
    switch (this.endsTurn++ % 4) {
      case 1:
        return `，${before}，比${y}年预算${delta}`;
      case 2:
        return `，${before}，比${y}年预算${rate}`;
      case 3:
        return `，比${y}年预算数${prior}${this.unit}${delta}，${rate}`;
      default:
        return `，${before}，比${y}年预算${delta}，${rate}`;
    }
  }
}
