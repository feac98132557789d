import { describe, it } from 'vitest';
import { narrativeDoc } from '../../../test/kits/narrative.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule } from './narrative-numbering.js';

const doc = (...lines: string[]) => narrativeDoc(['五、关于一般公共预算当年拨款情况说明', ...lines]);
describe('narrative-numbering', () => {
  it('finds gaps, repeats and look-alike numerals', () => {
    testRule(rule, {
      valid: [
        {
          name: 'consecutive paragraphs',
          disclosure: doc('1.甲支出5万元。', '2.乙支出6万元。', '3.丙支出7万元。'),
        },
        {
          name: 'a new list restarts at 1',
          disclosure: doc('1.甲支出5万元。', '2.乙支出6万元。', '1.丙支出7万元。'),
        },
        {
          // 西安: the contents name the parts with a colon; read as contents, their lines are no headings.
          name: 'contents whose parts are printed 第一部分：…',
          disclosure: narrativeDoc([
            '目录',
            '第一部分：部门概况',
            '一、主要职能',
            '二、人员情况说明',
            '第二部分：部门预算收支情况说明',
            '三、收支预算总体情况说明',
            '第一部分：部门概况',
            '一、主要职能',
            '负责全市统计工作。',
            '二、人员情况说明',
            '本部门人员编制145人。',
            '第二部分：部门预算收支情况说明',
            '三、收支预算总体情况说明',
            '本部门当年预算收入100万元。',
          ]),
        },
        {
          // 烟台: a short duty line is taken for a heading; the duties after it are its siblings.
          name: 'numbered paragraphs after a numbered line read as a heading',
          disclosure: narrativeDoc([
            '一、主要职责',
            '（一）负责全市教育经费的统筹管理，参与拟订教育经费筹措政策，监测经费使用情况。',
            '（二）规划指导教育科研',
            '（三）负责与国外、港澳台地区的教育交流与合作工作，按规定做好留学工作。',
            '（四）有关职责分工',
            '关于校车安全管理，市教育局负责指导各区备案管理工作。',
          ]),
        },
        {
          // 深圳: 一、文字部分 and 二、表格部分 stand above 第一部分 … 第九部分 in the contents.
          name: 'a division above the parts',
          disclosure: narrativeDoc([
            '目录',
            '一、文字部分',
            '第一部分 部门概况',
            '第二部分 名词解释',
            '二、表格部分',
            '一、文字部分',
            '第一部分 部门概况',
            '一、部门职责',
            '负责全市交通工作。',
            '第二部分 名词解释',
            '一、财政拨款收入：指预算单位从本级财政部门取得的财政拨款。',
            '二、事业收入：指事业单位开展专业业务活动取得的收入。',
            '三、经营收入：指事业单位开展非独立核算经营活动取得的收入。',
            '二、表格部分',
            '本部门2026年部门预算公开表格如下。',
          ]),
        },
        {
          name: 'inline list with mixed 、 and .',
          disclosure: doc('依据：1、甲文件；2、乙文件；3.丙文件。'),
        },
      ],
      invalid: [
        {
          name: 'paragraph gap',
          disclosure: doc('1.甲支出5万元。', '2.乙支出6万元。', '4.丁支出7万元。'),
          errors: [{ messageId: 'gap', data: { missing: '3' } }],
        },
        {
          name: 'inline repeat',
          disclosure: doc('主要原因：一是人员增加；二是工资调整；二是项目增加。'),
          errors: [{ messageId: 'repeat' }],
        },
        {
          name: 'headings with a look-alike numeral',
          disclosure: narrativeDoc(['一、甲', '说明一。', '二、乙', '说明二。', '四、丁', '说明四。']),
          errors: [{ messageId: 'gap', data: { missing: '3' } }],
        },
        {
          name: 'look-alike',
          disclosure: doc('（十ー）其他事项说明如下，详见附件。'),
          errors: [{ messageId: 'lookalike' }],
        },
      ],
    });
  });
});
