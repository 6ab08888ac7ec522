/**
 * Messages of the plausibility rules for figures and dates (src/lib/data/plausibility.ts), the same at the check
 * and at the import. Numbers arrive as the site shows them (strings without floating-point noise). `meant` is the
 * figure moved by a power of ten towards the one it is compared with, when that is a possible figure.
 */
import { entry } from '../entry.ts';

const CONFIRM_ZH = '如该数值无误，请在 "confirmed" 中写明理由（表格中为“核实说明”和“英文核实说明”两列）';
const CONFIRM_EN = 'If the figure is right, give the reason in "confirmed" (in a spreadsheet, the columns 核实说明 and 英文核实说明)';

const meant = { meant: '22.5' as string | undefined };

export const PLAUSIBILITY = {
  'plausibility.tooLarge': entry({
    example: {},
    zh: () => '数值过大，不可能是真实数据（达到10的15次方）：可能多打了数字，或粘贴了科学计数法的数；请按来源原样填写',
    en: () =>
      'too large to be a real figure (10^15 or more): probably extra digits, or a number pasted in scientific notation; enter the figure as its source prints it',
  }),
  'plausibility.belowDeclaredMin': entry({
    example: { min: '0', ...meant },
    zh: (p) =>
      `低于 indicators.json 中为该指标声明的合理最小值（${p.min}）：${p.meant !== undefined ? `是否应为 ${p.meant}？` : '请核对该数值。'}如该数值无误，请修改该指标的 "plausible"`,
    en: (p) =>
      `below the plausible minimum declared for this indicator in indicators.json (${p.min}): ${p.meant !== undefined ? `did you mean ${p.meant}?` : 'check the figure.'} If the figure is right, change "plausible" there`,
  }),
  'plausibility.aboveDeclaredMax': entry({
    example: { max: '100', ...meant },
    zh: (p) =>
      `高于 indicators.json 中为该指标声明的合理最大值（${p.max}）：${p.meant !== undefined ? `是否应为 ${p.meant}？` : '请核对该数值。'}如该数值无误，请修改该指标的 "plausible"`,
    en: (p) =>
      `above the plausible maximum declared for this indicator in indicators.json (${p.max}): ${p.meant !== undefined ? `did you mean ${p.meant}?` : 'check the figure.'} If the figure is right, change "plausible" there`,
  }),
  'plausibility.negative': entry({
    example: meant,
    zh: (p) =>
      `不能为负数：${p.meant !== undefined ? `是否应为 ${p.meant}（多了负号）？` : '请核对该数值。'}如该指标确实可能小于0，请在 indicators.json 中为其声明 "plausible": { "min": … }`,
    en: (p) =>
      `cannot be negative: ${p.meant !== undefined ? `did you mean ${p.meant}?` : 'check the figure.'} If this indicator can be below 0, declare "plausible": { "min": … } for it in indicators.json`,
  }),
  'plausibility.percentOver100': entry({
    example: meant,
    zh: (p) =>
      `百分比不能大于100：${p.meant !== undefined ? `是否应为 ${p.meant}？` : '请检查是否多打了数字。'}如该指标确实可能超过100%，请在 indicators.json 中为其声明 "plausible": { "max": … }`,
    en: (p) =>
      `a percentage cannot be more than 100: ${p.meant !== undefined ? `did you mean ${p.meant}?` : 'check for an extra digit.'} If this indicator can exceed 100 %, declare "plausible": { "max": … } for it in indicators.json`,
  }),
  'plausibility.qualitativeBounded': entry({
    example: {},
    zh: () => '定性目标没有数值，无需限定合理范围：请删除 "plausible"',
    en: () => 'a qualitative target has no figures to bound: remove "plausible"',
  }),
  'plausibility.futureDate': entry({
    example: { today: '2025-06-30' },
    zh: (p) => `日期晚于今天（${p.today}）：数值、来源和进展都不能在今天之后发布或记录；请核对年份和月份`,
    en: (p) => `a date in the future (today is ${p.today}): nothing can be published, dated or updated after today; check the year and the month`,
  }),
  'plausibility.sourceAfterPublication': entry({
    example: { published: '2025-03-01' },
    zh: (p) =>
      `来源日期晚于该数值的发布日期（${p.published}）：数值不可能早于其来源文件发布；请核对两个日期（是否填反，或年份有误？）；如该数值最初发布于其他文件，请引用那份更早的来源`,
    en: (p) =>
      `the source is dated after the figure's publication date (${p.published}): a figure cannot be published before the document it comes from; check both dates (swapped, or a mistyped year?); if the figure was first published elsewhere, cite that earlier source`,
  }),
  'plausibility.manyTimesLarger': entry({
    example: { factor: 5, reference: '32', ...meant },
    zh: (p) =>
      `达到该指标基线值、目标值和其他数值中最大值（${p.reference}）的${p.factor}倍以上：${p.meant !== undefined ? `是否应为 ${p.meant}？` : '请核对该数值（是否多打或少打了数字？）。'}${CONFIRM_ZH}`,
    en: (p) =>
      `at least ${p.factor} times the largest of this indicator's baseline, target and other figures (${p.reference}): ${p.meant !== undefined ? `did you mean ${p.meant}?` : 'check the figure (extra or missing digits?).'} ${CONFIRM_EN}`,
  }),
  'plausibility.manyTimesSmaller': entry({
    example: { factor: 5, reference: '32', ...meant },
    zh: (p) =>
      `不到该指标基线值和此前各年数值中最小值（${p.reference}）的1/${p.factor}：${p.meant !== undefined ? `是否应为 ${p.meant}？` : '请核对该数值（是否多打或少打了数字？）。'}${CONFIRM_ZH}`,
    en: (p) =>
      `at most 1/${p.factor} of the smallest of this indicator's baseline and earlier figures (${p.reference}): ${p.meant !== undefined ? `did you mean ${p.meant}?` : 'check the figure (extra or missing digits?).'} ${CONFIRM_EN}`,
  }),
  'plausibility.fraction': entry({
    example: { reference: '90', ...meant },
    zh: (p) =>
      `似乎把百分比写成了小数（基线值和此前各年数值都不小于 ${p.reference}）：${p.meant !== undefined ? `是否应为 ${p.meant}？` : '请核对该数值。'}百分比应直接填写百分数，例如 97.8，而不是 0.978。${CONFIRM_ZH}`,
    en: (p) =>
      `looks like a percentage written as a fraction (the baseline and earlier figures are at least ${p.reference}): ${p.meant !== undefined ? `did you mean ${p.meant}?` : 'check the figure (extra or missing digits?).'} ${CONFIRM_EN}`,
  }),
  'plausibility.zero': entry({
    example: { baseline: '85.7', stable: false },
    zh: (p) =>
      `0不合理：该指标基线值为${p.baseline}，且${p.stable ? '目标是保持稳定' : '越高越好'}（是否把空单元格或公式读成了0？）；如未发布该年数值，请让该行留空。如该数值确为0，请在 "confirmed" 中写明理由（表格中为“核实说明”和“英文核实说明”两列）`,
    en: (p) =>
      `0 is not plausible here: the baseline is ${p.baseline} and ${p.stable ? 'the target is to keep it stable' : 'higher is better'} (an empty cell or a formula read as 0?); leave the row empty if no figure was published. ${CONFIRM_EN}`,
  }),
  'plausibility.unusualChange': entry({
    example: { value: '40', from: '2025: 85.7; 2026: 87', expected: '88.3', percent: '50', level: '87', low: '85.7', high: '87' },
    zh: (p) =>
      `变化异常：${p.value}，而相邻年份的数值（${p.from}）显示应约为${p.expected}；差距超过其他数值中最大值（${p.level}）的${p.percent}%，且超出其他数值的范围（${p.low}至${p.high}）。请对照来源核对（是否输入错误？）；${CONFIRM_ZH}，此提醒即不再出现`,
    en: (p) =>
      `unusual change: ${p.value}, where the neighbouring figures (${p.from}) suggest about ${p.expected}; it differs by more than ${p.percent}% of the largest other figure (${p.level}) and lies outside the range of the other figures (${p.low} to ${p.high}); check it against its source (a typing mistake?). ${CONFIRM_EN}`,
  }),
  'plausibility.runningTotal': entry({
    example: {},
    zh: () => '该指标各年数量的累计值不是有限数：请核对各年数值',
    en: () => "the running total of this indicator's yearly amounts is not a finite number: check the amounts",
  }),
};
