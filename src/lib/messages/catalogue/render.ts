/**
 * Messages of the failures that can only happen while pages are rendered (src/lib/messages/render-error.ts): what
 * the check cannot have let through, or a page asking for what does not exist. Each comes with a hint.
 */
import { entry } from '../entry.ts';

export const RENDER = {
  /** Every problem of the data, each in the message's language (they were written from the catalogue already). */
  'data.cannotBuild': entry({
    example: {
      problems: [
        { where: 'data/plans/p/plan.json → period', zh: '规划期应满足：基线年 < 起始年 ≤ 终止年', en: 'the period must satisfy baselineYear < start ≤ end' },
      ],
    },
    zh: (p) => ['网站无法生成，原因如下：', ...p.problems.map((x) => `  ✖ ${x.where}：${x.zh}`)].join('\n'),
    en: (p) => ['The site cannot be built because of these problems:', ...p.problems.map((x) => `  ✖ ${x.where}: ${x.en}`)].join('\n'),
  }),
  'render.unknownPlan': entry({
    example: { id: 'eco-2026-2030' },
    zh: (p) => `本网站没有规划“${p.id}”`,
    en: (p) => `No plan "${p.id}" in this site`,
  }),
  'render.unknownChapterRef': entry({
    example: { ref: 'chapter-9#section-1' },
    zh: (p) => `规划原文位置“${p.ref}”中的章不存在`,
    en: (p) => `Unknown plan chapter in reference "${p.ref}"`,
  }),
  'render.unknownSectionRef': entry({
    example: { anchor: 'section-9', ref: 'chapter-1#section-9' },
    zh: (p) => `规划原文位置“${p.ref}”中的节“${p.anchor}”不存在`,
    en: (p) => `Unknown section "${p.anchor}" in plan reference "${p.ref}"`,
  }),
  'render.unknownProject': entry({
    example: { id: 'a-project', plan: 'plan-2026-2030' },
    zh: (p) => `<ProjectLink id="${p.id}">：规划 ${p.plan} 的 projects.json 中没有这个工程`,
    en: (p) => `<ProjectLink id="${p.id}">: no project with this id in the projects.json of plan ${p.plan}`,
  }),
  'render.unknownIndicator': entry({
    example: { id: 'pm10', plan: 'plan-2026-2030' },
    zh: (p) => `<IndicatorRef id="${p.id}">：规划 ${p.plan} 中没有这个指标`,
    en: (p) => `<IndicatorRef id="${p.id}">: no indicator with this id in plan ${p.plan}`,
  }),
  'render.chapterMissing': entry({
    example: { number: 3, lang: 'en' },
    zh: (p) => `规划内容中没有第${p.number}章（${p.lang}）`,
    en: (p) => `Chapter ${p.number} (${p.lang}) not found in the plan collection`,
  }),
  'render.noFigures': entry({
    example: { year: 2024 },
    zh: (p) => `${p.year}年没有数据`,
    en: (p) => `No figures for ${p.year}`,
  }),
  'render.noDates': entry({ example: {}, zh: () => '没有任何日期，无法取最近的日期', en: () => 'latestDate needs at least one date' }),
  'render.notNumericGoal': entry({
    example: { kind: 'qualitative' },
    zh: (p) => `${p.kind} 类目标没有数值目标`,
    en: (p) => `${p.kind} targets are not numeric goals`,
  }),
  'render.qualitativeValue': entry({
    example: { indicator: 'river-chief', value: '12' },
    zh: (p) => `${p.indicator}：定性目标须为 "met" 或 "not-met"，实际为 ${p.value}`,
    en: (p) => `${p.indicator}: qualitative target needs "met" or "not-met", got ${p.value}`,
  }),
  'render.numericValue': entry({
    example: { indicator: 'pm25-concentration', value: 'met', year: 2024 },
    zh: (p) => `${p.indicator}：数值目标须为数字，${p.year}年实际为“${p.value}”`,
    en: (p) => `${p.indicator}: numeric target needs a number, got "${p.value}" for ${p.year}`,
  }),
  'render.cumulativeValue': entry({
    example: { indicator: 'afforestation', value: 'met', year: 2024 },
    zh: (p) => `${p.indicator}：累计目标须为数字，${p.year}年实际为“${p.value}”`,
    en: (p) => `${p.indicator}: a cumulative target needs a number, got "${p.value}" for ${p.year}`,
  }),
  'render.noReference': entry({
    example: { indicator: 'forest-coverage' },
    zh: (p) => `${p.indicator}：没有可比较的参照值（基线值或第一个数值）`,
    en: (p) => `${p.indicator}: no reference value`,
  }),

  // Hints: what to do about a render-time failure.
  'hint.runCheck': entry({
    example: {},
    zh: () => '请运行 npm run check（或 npx plan-check）：它在生成网站之前列出数据和正文中的问题及其位置。',
    en: () => 'Run npm run check (or npx plan-check): it lists the problems of the data and the text, with where they are, before anything is built.',
  }),
  'hint.componentRef': entry({
    example: { file: 'projects.json' },
    zh: (p) => `请核对正文中该组件的 id 与该规划的 ${p.file} 是否一致；npm run check 会指出所在的文件和行。`,
    en: (p) => `Check the component's id in the text against the plan's ${p.file}; npm run check names the file and line.`,
  }),
  'hint.planRoute': entry({
    example: {},
    zh: () => '页面地址中的规划须列在 data/site.json 的 "plans" 中。',
    en: () => 'The plan in a page address must be listed in "plans" of data/site.json.',
  }),
};
