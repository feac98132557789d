/** The bundled example: an invented department, realistic figures, consistent by construction. */
import type { BudgetData } from './types.js';

export function exampleBudgetData(): BudgetData {
  return {
    department: '示例市住房和城乡建设局',
    year: 2024,
    unit: '万元',
    items: [
      { code: '2080505', generalBudget: { basic: '120.35' }, priorGeneralBudget: '110.20' },
      { code: '2080506', generalBudget: { basic: '60.18' }, priorGeneralBudget: '55.00' },
      { code: '2101101', generalBudget: { basic: '25.65' }, priorGeneralBudget: '26.68' },
      { code: '2101102', generalBudget: { basic: '34.53' }, priorGeneralBudget: '28.17' },
      {
        code: '2120101',
        generalBudget: { basic: '542.05' },
        unitFunds: '60.00',
        priorGeneralBudget: '532.05',
      },
      {
        code: '2120199',
        generalBudget: { project: '366.00' },
        nonFiscalCarryover: '80.00',
        priorGeneralBudget: '469.51',
      },
      { code: '2210201', generalBudget: { basic: '94.71' }, priorGeneralBudget: '79.21' },
    ],
    economic: [
      { code: '30101', personnel: '342.15' },
      { code: '30108', personnel: '120.35' },
      { code: '30109', personnel: '60.18' },
      { code: '30110', name: '职工基本医疗保险缴费', personnel: '60.18' },
      { code: '30113', personnel: '94.71' },
      { code: '30201', operating: '16.08' },
      { code: '30217', operating: '0.49' },
      { code: '30231', operating: '14.00' },
      { code: '30299', operating: '169.33' },
    ],
    projects: [
      { code: '2120199', name: '工程建设项目审批系统运行维护', amounts: { '302': '120.00' } },
      { code: '2120199', name: '自建房安全专项整治', amounts: { '302': '82.00' } },
      { code: '2120199', name: '机关运转保障经费', amounts: { '302': '90.00' } },
      { code: '2120199', name: '办公设备购置', amounts: { '310': '74.00' } },
    ],
    threePublic: { reception: '0.49', vehicleOperation: '14.00' },
    prior: {
      generalBudget: '1300.82',
      unitFunds: '9.15',
      basic: '831.31',
      project: '549.51',
      threePublic: { reception: '0.60', vehiclePurchase: '40.00', vehicleOperation: '16.00' },
      operatingCost: '175.35',
    },
  };
}
