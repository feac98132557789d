import { describe, expect, it } from 'vitest';
import type { NarrativeParagraph } from '../../model/disclosure.js';
import { type ClaimOf, claimsOfKind, extractClaims } from './index.js';

const para = (
  text: string,
  section: string[] = ['二、关于收入预算情况说明'],
  line = 1,
): NarrativeParagraph => ({
  text,
  section,
  prov: { line },
});
const kinds = <K extends Parameters<typeof claimsOfKind>[1]>(
  texts: (string | NarrativeParagraph)[],
  kind: K,
) =>
  claimsOfKind(extractClaims(texts.map((t) => (typeof t === 'string' ? para(t) : t))), kind) as ClaimOf<K>[];

describe('amount claims', () => {
  it('attaches an amount to its subject, dropping department, year and verbs', () => {
    const [a] = kinds(['示例局2024年一般公共预算拨款合计为812.5万元。'], 'amount');
    expect(a.subject).toBe('一般公共预算拨款');
    expect(a.quantity.printed).toBe('812.5万元');
    expect(a.quantity.decimals).toBe(1);
  });
  it('reads full-width digits, 元 and a number cut by a line break', () => {
    const [a, b] = kinds(['公用经费１２３.４５万元，培训费3\n.20元。'], 'amount');
    expect(a.quantity.value.toString()).toBe('123.45');
    expect(b.quantity.unit).toBe('元');
    expect(b.quantity.value.toString()).toBe('3.2');
  });
  it('takes the classification path before the colon as the subject', () => {
    const [a] = kinds(
      ['2.农林水支出（类）农业农村（款）行政运行（项）：2024年预算数为12.34万元。'],
      'amount',
    );
    expect(a.subject).toBe('农林水支出(类)农业农村(款)行政运行(项)');
  });
  it('marks a bare number among money amounts as missing its unit', () => {
    const a = kinds(['收入包括：一般公共预算50万元，财政拨款结转结余7.5。'], 'amount');
    expect(a.map((x) => [x.subject, x.quantity.unitMissing ?? false])).toEqual([
      ['一般公共预算', false],
      ['财政拨款结转结余', true],
    ]);
  });
  it('does not take years, dates, thresholds or rates for amounts', () => {
    expect(kinds(['2024年1月1日起，单位价值50万元以上设备按800元/天计。'], 'amount')).toEqual([]);
  });
});

describe('shares and changes', () => {
  it('links 占 to the amount before it and to the whole of its list', () => {
    const [s] = kinds(
      ['收入预算200万元，其中：', '单位资金30万元，占15%，比上年增加5万元，增长20 %。'],
      'share',
    );
    expect(s.of?.quantity.printed).toBe('30万元');
    expect(s.base?.quantity.printed).toBe('200万元');
  });
  it("merges 增加 D 万元 and 增长 G% into one change of this year's amount", () => {
    const [c] = kinds(['基本支出80万元，比上年预算减少4万元，下降4.8%。'], 'change');
    expect([c.direction, c.delta?.printed, c.percent?.printed, c.current?.quantity.printed]).toEqual([
      'decrease',
      '4万元',
      '4.8%',
      '80万元',
    ]);
  });
  it("finds this year's amount of a named change in an earlier sentence of the section", () => {
    const [c] = kinds(
      ['三公经费5万元，其中：公务接待费1万元。', '公务接待费比上年减少1万元，下降50%。'],
      'change',
    );
    expect([c.subject, c.current?.quantity.printed]).toEqual(['公务接待费', '1万元']);
  });
});

describe('lists, counts, enumerations, blanks, placeholders', () => {
  it('collects parts separated by 、 and ends the list at a stronger separator', () => {
    const [l] = kinds(
      ['城乡社区支出60万元，主要用于人员经费20万元、公用经费10万元、项目经费25万元，具体见下。'],
      'parts',
    );
    expect(l.whole?.quantity.printed).toBe('60万元');
    expect(l.parts.map((p) => p.quantity.printed)).toEqual(['20万元', '10万元', '25万元']);
    expect(l.exhaustive).toBe(false);
  });
  it('continues a list left open at the end of a paragraph into the next paragraphs', () => {
    const [l] = kinds(
      ['支出预算100万元，其中：', '基本支出80万元，占80%。', '项目支出20万元，占20%。'],
      'parts',
    );
    expect(l.parts.map((p) => p.quantity.printed)).toEqual(['80万元', '20万元']);
  });
  it('ends a carried list at the next list head and leaves a 其中 breakdown of an item to that item', () => {
    const lists = kinds(
      [
        '一般公共预算支出100.00万元，其中：',
        '1.行政运行60.00万元，比上年增加1.00万元。',
        '其中，甲费用50.00万元，乙费用10.00万元。',
        '2.事业运行40.00万元，较上年减少2.00万元。',
        '(1)一般公共预算支出100.00万元，其中：',
        '工资福利支出70.00万元，较上年减少1.00万元；',
        '资本性支出(一)(503)20.00万元，较上年减少1.00万元；资本性支出(二)(504)10.00万元，较上年增加1.00万元。',
      ],
      'parts',
    );
    const outer = lists.filter((l) => l.whole?.quantity.printed === '100.00万元');
    expect(outer.map((l) => l.parts.map((p) => p.quantity.printed))).toEqual([
      ['60.00万元', '40.00万元'],
      ['70.00万元', '20.00万元', '10.00万元'],
    ]);
  });
  it('nests 其中 and 包括 lists and keeps ; items together', () => {
    const lists = kinds(
      ['专项经费30万元，其中：业务费30万元，包括：1、甲项目10万元；2、乙项目15万元；3、丙项目5万元。'],
      'parts',
    );
    expect(lists.map((l) => l.parts.length)).toEqual([1, 3]);
  });
  it('counts the items listed after a count', () => {
    const [c] = kinds(['本局内设4个科室，分别是：办公室、财务科、规划科。'], 'count');
    expect([c.count.printed, c.listed?.length]).toEqual(['4个', 3]);
  });
  it('reads paragraph and inline numbering', () => {
    const e = kinds(
      ['1.甲支出5万元。', '2.乙支出6万元；主要用于：（1）房租；（2）水电。', '4.丁支出7万元。'],
      'enumeration',
    );
    expect(e.map((x) => [x.scope, x.markers.map((m) => m.marker.number)])).toEqual([
      ['inline', [1, 2]],
      ['paragraphs', [1, 2, 4]],
    ]);
  });
  it('finds blanks and placeholders', () => {
    expect(kinds(['项目支出比上年增加  万元，基本支出    万元。'], 'blank')).toHaveLength(2);
    expect(kinds(['单位：万元。'], 'blank')).toHaveLength(0);
    expect(kinds(['XX局20××年预算公开。'], 'placeholder').map((p) => p.token)).toEqual(['XX', '××']);
  });
  it('reads 项目名称 with its 预算安排规模', () => {
    const p = kinds(
      ['项目名称：河道保洁', '预算安排规模：10万元', '项目名称：路灯维修', '资金执行时间：全年'],
      'project',
    );
    expect(p.map((x) => [x.name, x.amount?.printed])).toEqual([
      ['河道保洁', '10万元'],
      ['路灯维修', undefined],
    ]);
  });
});

// Linear time is measured, not asserted: bench/narrative.bench.mjs times 1×, 10× and 100× the seed narrative.
describe('scaling', () => {
  it('extracts ten times the claims from ten times the text', () => {
    const one = Array.from({ length: 200 }, (_, i) =>
      para(`${i + 1}.甲支出${i}.5万元，占5%，比上年增加1万元，增长2%。`),
    );
    const ten = Array.from({ length: 10 }, () => one).flat();
    const figures = (ps: NarrativeParagraph[]) =>
      extractClaims(ps).claims.filter((c) => ['amount', 'share', 'change'].includes(c.kind)).length;
    expect(figures(one)).toBeGreaterThan(0);
    expect(figures(ten)).toBe(10 * figures(one));
  });
});
