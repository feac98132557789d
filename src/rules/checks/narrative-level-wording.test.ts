import { describe, it } from 'vitest';
import { T1 } from '../../../test/kits/narrative.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { parseWordText } from '../../ingest/text/index.js';
import type { DocumentLevel } from '../../model/disclosure.js';
import { recognize } from '../../recognize/index.js';
import { rule } from './narrative-level-wording.js';

/** A document in the 单位 template's words, its 说明 lines given, read as a document of the given level. */
function doc(level: DocumentLevel, ...lines: string[]) {
  const text = [
    '第二部分 2024年单位预算公开表',
    '',
    T1,
    '第三部分 2024年单位预算情况说明',
    '',
    ...lines,
    '',
    '完。',
  ];
  const d = recognize(parseWordText(text.join('\n'), 'unit-fixture.txt'));
  d.meta.level = level;
  return d;
}

describe('narrative-level-wording', () => {
  it('finds 部门 wording in a 单位 document, once', () => {
    testRule(rule, {
      valid: [
        { name: '单位 wording', disclosure: doc('unit', '本单位2024年单位预算收入100万元。') },
        { name: 'a 部门 document', disclosure: doc('department', '本部门2024年部门预算收入100万元。') },
        {
          name: 'the classification named 部门预算经济分类',
          disclosure: doc('unit', '按部门预算经济分类，本单位…'),
        },
      ],
      invalid: [
        {
          name: '本部门 in a 单位 document, reported once',
          disclosure: doc('unit', '本部门2024年收入100万元。', '本部门2024年支出100万元。'),
          errors: [{ messageId: 'wording', data: { words: '本部门' }, severity: 'warning' }],
        },
      ],
    });
  });
});
