import { describe, expect, it } from 'vitest';
import { NarrativeBuilder } from './narrative.js';

/** The sections each body paragraph is read under, as "path > text". */
function sections(paragraphs: string[]): string[] {
  const b = new NarrativeBuilder();
  paragraphs.forEach((text, i) => {
    b.add(text, { page: i + 1 });
  });
  return b.paragraphs.map((p) => `${p.section.join(' / ')} > ${p.text}`);
}

describe('NarrativeBuilder: the contents and the parts they name', () => {
  // A Shanghai 单位预算: the contents number the parts, the body prints them as unnumbered titles.
  const shanghai = [
    '上海市2026年市级单位预算',
    '目录',
    '一、单位主要职能',
    '二、单位机构设置',
    '三、名词解释',
    '四、单位预算编制说明',
    '五、单位预算表',
    '1. 2026年预算单位财务收支预算总表',
    '4．2026年预算单位财政拨款收支预算总表',
    '六、其他相关情况说明',
    '七、项目经费情况说明 ……………… 23',
    '示例中心（单位）主要职能',
    '主要职能包括：',
    '1.贯彻执行有关法律、法规。',
    '名词解释',
    '（一）财政拨款收入：是本年度从本级财政部门取得的财政拨款。',
    '2026年单位预算编制说明',
    '2026年，示例中心收入预算100万元，其中：财政拨款收入100万元。',
    '其他相关情况说明',
    '一、2026年“三公”经费预算情况说明',
    '2026年“三公”经费预算数为2.00万元。',
    '二、机关运行经费预算',
    '本单位无机关运行经费。',
    '项目经费情况说明',
    '一、项目概述',
    '项目为信息系统运维。',
  ];

  it('reads the contents as neither headings nor text, and each part title as the head of its part', () => {
    expect(sections(shanghai)).toEqual([
      ' > 上海市2026年市级单位预算',
      '示例中心（单位）主要职能 > 主要职能包括：',
      '示例中心（单位）主要职能 > 1.贯彻执行有关法律、法规。',
      '名词解释 > （一）财政拨款收入：是本年度从本级财政部门取得的财政拨款。',
      '2026年单位预算编制说明 > 2026年，示例中心收入预算100万元，其中：财政拨款收入100万元。',
      '其他相关情况说明 / 一、2026年“三公”经费预算情况说明 > 2026年“三公”经费预算数为2.00万元。',
      '其他相关情况说明 / 二、机关运行经费预算 > 本单位无机关运行经费。',
      '项目经费情况说明 / 一、项目概述 > 项目为信息系统运维。',
    ]);
  });

  it('without contents, unnumbered lines stay text (as before)', () => {
    const body = shanghai.slice(shanghai.indexOf('示例中心（单位）主要职能'));
    expect(sections(body)).toContain('一、项目概述 > 项目为信息系统运维。');
    expect(sections(body)).toContain('二、机关运行经费预算 > 项目经费情况说明');
  });

  it('ends the contents where the body prints an entry again, and joins a heading the line cut in two', () => {
    const account = [
      '目录',
      '第一部分 示例部概况',
      '一、主要职能',
      '第三部分 示例部2024年度部门决算情况说明',
      '一、收入支出决算总体情况说明',
      '第一部分 示例部概况',
      '一、主要职能',
      '示例部负责有关工作。',
      '第三部分 示例部2024年度部门决算情况',
      '说明',
      '一、收入支出决算总体情况说明',
      '2024年度收入支出总计307.82万元。',
    ];
    expect(sections(account)).toEqual([
      '第一部分 示例部概况 / 一、主要职能 > 示例部负责有关工作。',
      '第三部分 示例部2024年度部门决算情况说明 / 一、收入支出决算总体情况说明 > 2024年度收入支出总计307.82万元。',
    ]);
  });

  it('gives a part title the depth its entry has in the contents', () => {
    const national = [
      '目录',
      '第一部分 部门概况',
      '一、主要职责',
      '第二部分 2026年部门预算表',
      '一、收支总体情况表',
      '第一部分 部门概况',
      // Printed without its number: under 第一部分, not beside it.
      '示例局主要职责',
      '负责全县有关工作。',
    ];
    expect(sections(national)).toEqual(['第一部分 部门概况 / 示例局主要职责 > 负责全县有关工作。']);
  });
});
