import { describe, expect, it } from 'vitest';
import { realReport, sampleReport } from '../../test/kits/reports.js';
import { renderText } from './text.js';

describe('renderText', () => {
  const text = renderText(sampleReport());
  const lines = text.split('\n');

  it('starts with what was read and how many identities held', () => {
    expect(lines[0]).toBe('gongkai 检查报告：示例局 2024 预算 "公开" <版>.txt');
    expect(lines[1]).toMatch(/^部门：测试市示例局　年度：2024　类型：部门预算　版式：全国通用部门/);
    expect(lines[2]).toBe(
      '识别表格 1 张（另有 1 张表未识别：项目支出绩效目标表）；缺少：表8 政府性基金预算支出情况表',
    );
    expect(lines[3]).toBe('勾稽关系 12 条：成立 9，舍入差异 1，不成立 2');
  });

  it('puts the most likely wrong cells first, then tables in print order, the 说明 last', () => {
    const titles = [
      '最可能出错的单元格',
      '表5 一般公共预算支出情况表',
      '表8 政府性基金预算支出情况表',
      '说明：二、收入预算情况说明',
    ];
    const at = titles.map((t) => lines.indexOf(t));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(lines[at[0] + 1]).toBe(
      '  1. 表5 210 11 02 事业单位医疗 · 合计：34.52，改为 34.53 可使 3 条等式成立；另有同样可能的解释',
    );
  });

  it('states expected, actual and difference once, and where the finding is', () => {
    const own = lines.find((l) => l.includes('[identity-row-sum]'))!;
    expect(own).toBe(
      '  ✗ 表5 210 11 02 事业单位医疗 合计：应为 34.53，实为 34.52，相差 0.01 万元。 [identity-row-sum]',
    );
    const terse = lines.find((l) => l.includes('[identity-total-row]'))!;
    expect(terse).toContain('因舍入相差 0.01 万元 <b>&"\'</script>：应为 34.53，实为 34.52，相差 0.01 万元');
    expect(lines.find((l) => l.includes('[narrative-amount-mismatch]'))).toContain('（第40行）');
  });

  it('closes with the counts, and colours only when asked', () => {
    expect(lines.at(-2)).toBe('共 6 个问题：错误 3，警告 2，提示 1。');
    expect(text).not.toContain('\u001b[');
    const colored = renderText(sampleReport(), { color: true });
    expect(colored).toContain('\u001b[31m✗\u001b[0m');
    expect(colored.replace(/\u001b\[\d+m/g, '')).toBe(text);
  });

  it('names the misprinted cell of a real report with its original value', () => {
    expect(renderText(realReport())).toContain('表3 212 01 01 行政运行 · 合计：51.25，改为 50.25 可使');
  });
});
