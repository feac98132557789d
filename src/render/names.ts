/**
 * Codes the renderer and its generator use, and their names: the year's name from the catalogue (catalog/, 政府收支
 * 分类科目 2019–2026), so a document of any year prints the names of that year; the small table here names what
 * the catalogue lacks; data may add names of its own.
 */
import { lookup } from '../catalog/index.js';

/** Every 支出功能分类 类, in the order the national 表1/表4 list them. */
export const FUNCTION_CLASSES: [string, string][] = [
  ['201', '一般公共服务支出'],
  ['202', '外交支出'],
  ['203', '国防支出'],
  ['204', '公共安全支出'],
  ['205', '教育支出'],
  ['206', '科学技术支出'],
  ['207', '文化旅游体育与传媒支出'],
  ['208', '社会保障和就业支出'],
  ['209', '社会保险基金支出'],
  ['210', '卫生健康支出'],
  ['211', '节能环保支出'],
  ['212', '城乡社区支出'],
  ['213', '农林水支出'],
  ['214', '交通运输支出'],
  ['215', '资源勘探工业信息等支出'],
  ['216', '商业服务业等支出'],
  ['217', '金融支出'],
  ['219', '援助其他地区支出'],
  ['220', '自然资源海洋气象等支出'],
  ['221', '住房保障支出'],
  ['222', '粮油物资储备支出'],
  ['223', '国有资本经营预算支出'],
  ['224', '灾害防治及应急管理支出'],
  ['227', '预备费'],
  ['229', '其他支出'],
  ['230', '转移性支出'],
  ['231', '债务还本支出'],
  ['232', '债务付息支出'],
  ['233', '债务发行费用支出'],
  ['234', '抗疫特别国债安排的支出'],
];

/** Which money a 款 is for: a fund 款 (国有土地使用权出让收入安排的支出 …) carries only that fund's money. */
export type SectionFund = 'general' | 'govFund' | 'stateCapital';

export interface Section {
  code: string;
  name: string;
  fund: SectionFund;
  items: [string, string][];
}

const s = (
  code: string,
  name: string,
  items: [string, string][],
  fund: SectionFund = 'general',
): Section => ({
  code,
  name,
  fund,
  items,
});

/** 款 and 项 the generator draws from, by 类. */
export const FUNCTION_SECTIONS: Section[] = [
  s('20103', '政府办公厅（室）及相关机构事务', [
    ['2010301', '行政运行'],
    ['2010302', '一般行政管理事务'],
    ['2010350', '事业运行'],
  ]),
  s('20129', '群众团体事务', [
    ['2012901', '行政运行'],
    ['2012902', '一般行政管理事务'],
    ['2012999', '其他群众团体事务支出'],
  ]),
  s('20601', '科学技术管理事务', [
    ['2060101', '行政运行'],
    ['2060199', '其他科学技术管理事务支出'],
  ]),
  s('20701', '文化和旅游', [
    ['2070101', '行政运行'],
    ['2070109', '群众文化'],
  ]),
  s('20801', '人力资源和社会保障管理事务', [
    ['2080101', '行政运行'],
    ['2080199', '其他人力资源和社会保障管理事务支出'],
  ]),
  s('20805', '行政事业单位养老支出', [
    ['2080501', '行政单位离退休'],
    ['2080502', '事业单位离退休'],
    ['2080505', '机关事业单位基本养老保险缴费支出'],
    ['2080506', '机关事业单位职业年金缴费支出'],
  ]),
  s('21011', '行政事业单位医疗', [
    ['2101101', '行政单位医疗'],
    ['2101102', '事业单位医疗'],
    ['2101103', '公务员医疗补助'],
    ['2101199', '其他行政事业单位医疗支出'],
  ]),
  s('21101', '环境保护管理事务', [
    ['2110101', '行政运行'],
    ['2110199', '其他环境保护管理事务支出'],
  ]),
  s('21201', '城乡社区管理事务', [
    ['2120101', '行政运行'],
    ['2120102', '一般行政管理事务'],
    ['2120104', '城管执法'],
    ['2120106', '工程建设管理'],
    ['2120199', '其他城乡社区管理事务支出'],
  ]),
  s('21205', '城乡社区环境卫生', [['2120501', '城乡社区环境卫生']]),
  s(
    '21208',
    '国有土地使用权出让收入安排的支出',
    [
      ['2120801', '征地和拆迁补偿支出'],
      ['2120803', '城市建设支出'],
    ],
    'govFund',
  ),
  s(
    '21213',
    '城市基础设施配套费安排的支出',
    [
      ['2121301', '城市公共设施'],
      ['2121302', '城市环境卫生'],
    ],
    'govFund',
  ),
  s('21301', '农业农村', [
    ['2130101', '行政运行'],
    ['2130104', '事业运行'],
    ['2130199', '其他农业农村支出'],
  ]),
  s('21303', '水利', [['2130301', '行政运行']]),
  s('22101', '保障性安居工程支出', [['2210105', '农村危房改造']]),
  s('22102', '住房改革支出', [
    ['2210201', '住房公积金'],
    ['2210203', '购房补贴'],
  ]),
  s(
    '22301',
    '解决历史遗留问题及改革成本支出',
    [['2230105', '国有企业退休人员社会化管理补助支出']],
    'stateCapital',
  ),
  s('22401', '应急管理事务', [
    ['2240101', '行政运行'],
    ['2240106', '安全监管'],
  ]),
];

export const ECONOMIC_CLASSES: [string, string][] = [
  ['301', '工资福利支出'],
  ['302', '商品和服务支出'],
  ['303', '对个人和家庭的补助'],
  ['307', '债务利息及费用支出'],
  ['309', '资本性支出（基本建设）'],
  ['310', '资本性支出'],
  ['311', '对企业补助（基本建设）'],
  ['312', '对企业补助'],
  ['313', '对社会保障基金补助'],
  ['399', '其他支出'],
];

/** 款 of the economic classification used for basic expenditure (表6), with the side they usually fall on. */
export const ECONOMIC_LINES: [string, string][] = [
  ['30101', '基本工资'],
  ['30102', '津贴补贴'],
  ['30103', '奖金'],
  ['30107', '绩效工资'],
  ['30108', '机关事业单位基本养老保险缴费'],
  ['30109', '职业年金缴费'],
  ['30111', '公务员医疗补助缴费'],
  ['30112', '其他社会保障缴费'],
  ['30113', '住房公积金'],
  ['30199', '其他工资福利支出'],
  ['30201', '办公费'],
  ['30202', '印刷费'],
  ['30205', '水费'],
  ['30206', '电费'],
  ['30207', '邮电费'],
  ['30208', '取暖费'],
  ['30209', '物业管理费'],
  ['30211', '差旅费'],
  ['30213', '维修（护）费'],
  ['30216', '培训费'],
  ['30217', '公务接待费'],
  ['30228', '工会经费'],
  ['30229', '福利费'],
  ['30231', '公务用车运行维护费'],
  ['30239', '其他交通费用'],
  ['30299', '其他商品和服务支出'],
  ['30301', '离休费'],
  ['30302', '退休费'],
  ['30305', '生活补助'],
  ['30307', '医疗费补助'],
  ['30309', '奖励金'],
];

/** Every built-in name by code (function 类/款/项 of the tree, economic 类/款). */
const BUILT_IN = new Map<string, string>([
  ...FUNCTION_CLASSES,
  ...FUNCTION_SECTIONS.flatMap((sec): [string, string][] => [[sec.code, sec.name], ...sec.items]),
  ...ECONOMIC_CLASSES,
  ...ECONOMIC_LINES,
]);

/** The name of a code: the data's own table first, then the catalogue's name in force in the year, then ours. */
export function nameOf(code: string, year?: number, own: Record<string, string> = {}): string | undefined {
  return (
    own[code] ?? (year === undefined ? undefined : lookup(code, year)?.names[0]?.name) ?? BUILT_IN.get(code)
  );
}

/** The function 类 of the national 表1/表4 in force in the year (234 抗疫特别国债 from 2020), with its names. */
export function functionClasses(year: number): [string, string][] {
  return FUNCTION_CLASSES.filter(([code]) => lookup(code, year)?.validIn ?? true).map(([code, name]) => [
    code,
    nameOf(code, year) ?? name,
  ]);
}

export const PROJECT_NAMES = [
  '信息系统运行维护',
  '专项业务经费',
  '安全生产监督检查',
  '档案数字化',
  '政策宣传',
  '办公设备购置',
  '课题研究',
  '机关运转保障经费',
  '行业统计调查',
];
