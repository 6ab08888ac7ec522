/**
 * The staff commands, as staff type them: `npx plan-import …` (package.json "bin"; npx passes every argument as
 * written) or `npm run import -- …` (npm needs "--" before the arguments). One description each, for parsing and
 * for the help.
 */
import type { CommandSpec, OptionSpec } from './cli.ts';

/** A year for examples: the one whose figures are published now. */
export const EXAMPLE_YEAR = String(new Date().getFullYear() - 1);
const NEXT = new Date().getFullYear() + 1;

const PLAN: OptionSpec = {
  type: 'string',
  value: { zh: '规划标识', en: 'plan id' },
  help: {
    zh: '作用于另一个规划（默认为 data/site.json 中的现行规划 currentPlan）',
    en: 'act on another plan (default: the current plan, currentPlan in data/site.json)',
  },
};

export const IMPORT: CommandSpec = {
  bin: 'plan-import',
  script: 'import',
  summary: { zh: '从表格（CSV 文件）导入一年的指标数值', en: "import a year's indicator figures from a spreadsheet (CSV file)" },
  args: { zh: '文件.csv --year 年份', en: 'file.csv --year <year>' },
  maxPositionals: 1,
  fileArgument: true,
  options: {
    year: {
      type: 'string',
      value: { zh: '年份', en: 'year', example: EXAMPLE_YEAR, pattern: /^\d{4}$/ },
      help: { zh: '数据所属的年份（必填，须在规划期内）', en: 'the year the figures are for (required; within the plan period)' },
    },
    plan: PLAN,
    replace: {
      type: 'boolean',
      help: { zh: '更正已发布的数值（须同时写 --reason-zh 和 --reason-en）', en: 'correct published values (needs --reason-zh and --reason-en)' },
    },
    'reason-zh': {
      type: 'string',
      value: { zh: '中文原因', en: 'Chinese reason', example: '"按年度更新成果更正"' },
      help: { zh: '更正原因（中文，用英文双引号括起来）', en: 'the reason for the correction in Chinese (in double quotes)' },
    },
    'reason-en': {
      type: 'string',
      value: { zh: '英文原因', en: 'English reason', example: '"Corrected to the annual update"' },
      help: { zh: '更正原因（英文，用英文双引号括起来）', en: 'the reason for the correction in English (in double quotes)' },
    },
  },
  examples: [
    `tmp/${EXAMPLE_YEAR}年数据.csv --year ${EXAMPLE_YEAR}`,
    `tmp/更正.csv --year ${EXAMPLE_YEAR} --replace --reason-zh "按年度更新成果更正" --reason-en "Corrected to the annual update"`,
  ],
  notes: {
    zh: ['CSV 文件可以是 UTF-8、GBK 或 UTF-16（Excel“Unicode 文本”）编码，用逗号、制表符或分号分隔。路径中请用“/”，不要用“\\”。'],
    en: ['The CSV file may be UTF-8, GBK or UTF-16 (Excel\'s "Unicode text"), separated by commas, tabs or semicolons. Write paths with /, not \\.'],
  },
};

export const CHECK: CommandSpec = {
  bin: 'plan-check',
  script: 'check',
  summary: {
    zh: '检查全部数据、规划全文、报告正文、翻译和程序类型（发布前必须通过）',
    en: 'check all data, chapters, narratives, translations and types (must pass before publishing)',
  },
  args: { zh: '', en: '' },
  maxPositionals: 0,
  options: {
    plan: {
      ...PLAN,
      help: {
        zh: '只检查这一个规划的规划全文和报告正文（数据文件仍全部检查）',
        en: "check only this plan's chapters and narratives (all data files are still checked)",
      },
    },
    'no-typecheck': {
      type: 'boolean',
      help: { zh: '跳过类型检查（更快；正式发布前仍要运行完整的检查）', en: 'skip the type check (faster; run the full check before publishing)' },
    },
    demo: { type: 'boolean', help: { zh: '检查演示网站（技术维护人员用）', en: 'check the demonstration site (for maintainers)' } },
  },
  examples: ['', '--no-typecheck'],
};

export const NEW_REPORT: CommandSpec = {
  bin: 'plan-new-report',
  script: 'new-report',
  summary: {
    zh: '为某一年度的评估报告生成中英文正文文件，并在 reports.json 中登记为草稿',
    en: "create the Chinese and English narrative files of a year's report, listed as a draft in reports.json",
  },
  args: { zh: '年份', en: '<year>' },
  maxPositionals: 1,
  options: { plan: PLAN },
  examples: [EXAMPLE_YEAR],
};

export const NEW_PLAN: CommandSpec = {
  bin: 'plan-new-plan',
  script: 'new-plan',
  summary: {
    zh: '建立一个空白的新规划（可立即通过检查），并加入 data/site.json 的 plans',
    en: 'scaffold an empty new plan (it passes the check at once) and add it to "plans" in data/site.json',
  },
  args: { zh: '规划标识', en: '<plan id>' },
  maxPositionals: 1,
  options: {},
  examples: [`plan-${NEXT}-${NEXT + 4}`],
  notes: {
    zh: ['规划标识只能使用小写英文字母、数字和连字符。'],
    en: ['A plan id is lower-case ASCII letters, digits and hyphens.'],
  },
};

export const CHECK_TRANSLATION: CommandSpec = {
  bin: 'plan-check-translation',
  script: 'check:translation',
  summary: { zh: '逐段比较规划各章的英文译文与中文原文', en: 'compare each English chapter of a plan with its Chinese original, paragraph by paragraph' },
  args: { zh: '[章号…]', en: '[chapter numbers…]' },
  maxPositionals: Infinity,
  options: { plan: PLAN },
  examples: ['', '3 5'],
};
