/** The bundled example: an invented department, realistic figures, consistent by construction. */
import type { BudgetData } from './types.js';

export function exampleBudgetData(): BudgetData {
  const item = (
    code: string,
    name: string,
    className: string,
    sectionName: string,
    generalBasic: number,
    generalProject = 0,
    extra: Partial<{ govFund: number; unitFunds: number; nonFiscalCarryover: number }> = {},
  ) => ({
    code,
    name,
    className,
    sectionName,
    generalBasic,
    generalProject,
    govFund: 0,
    unitFunds: 0,
    nonFiscalCarryover: 0,
    ...extra,
  });
  return {
    department: '示例市住房和城乡建设局',
    year: 2024,
    unit: '万元',
    items: [
      item(
        '2080505',
        '机关事业单位基本养老保险缴费支出',
        '社会保障和就业支出',
        '行政事业单位养老支出',
        12035,
      ),
      item('2080506', '机关事业单位职业年金缴费支出', '社会保障和就业支出', '行政事业单位养老支出', 6018),
      item('2101101', '行政单位医疗', '卫生健康支出', '行政事业单位医疗', 2565),
      item('2101102', '事业单位医疗', '卫生健康支出', '行政事业单位医疗', 3453),
      item('2120101', '行政运行', '城乡社区支出', '城乡社区管理事务', 54205, 0, { unitFunds: 6000 }),
      item('2120199', '其他城乡社区管理事务支出', '城乡社区支出', '城乡社区管理事务', 0, 36600, {
        nonFiscalCarryover: 8000,
      }),
      item('2210201', '住房公积金', '住房保障支出', '住房改革支出', 9471),
    ],
    economic: [
      { code: '30101', name: '基本工资', className: '工资福利支出', amount: 34215 },
      { code: '30108', name: '机关事业单位基本养老保险缴费', className: '工资福利支出', amount: 12035 },
      { code: '30109', name: '职业年金缴费', className: '工资福利支出', amount: 6018 },
      { code: '30110', name: '职工基本医疗保险缴费', className: '工资福利支出', amount: 6018 },
      { code: '30113', name: '住房公积金', className: '工资福利支出', amount: 9471 },
      { code: '30201', name: '办公费', className: '商品和服务支出', amount: 1608 },
      { code: '30217', name: '公务接待费', className: '商品和服务支出', amount: 49 },
      { code: '30231', name: '公务用车运行维护费', className: '商品和服务支出', amount: 1400 },
      { code: '30299', name: '其他商品和服务支出', className: '商品和服务支出', amount: 16933 },
    ],
    projects: [
      { code: '2120199', name: '工程建设项目审批系统运行维护', amount: 12000, economicClass: '302' },
      { code: '2120199', name: '自建房安全专项整治', amount: 8200, economicClass: '302' },
      { code: '2120199', name: '机关运转经费', amount: 9000, economicClass: '302' },
      { code: '2120199', name: '办公设备购置', amount: 7400, economicClass: '310' },
    ],
    threePublic: { overseas: 0, reception: 49, vehiclePurchase: 0, vehicleOperation: 1400 },
  };
}
