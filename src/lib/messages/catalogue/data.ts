/** Messages of loading the data files and checking them against each other (src/lib/data/, src/lib/build/). */
import { entry } from '../entry.ts';

/** jsonc-parser's names for JSON syntax errors, in words staff know. */
const JSON_ERROR_ZH: Record<string, string> = {
  InvalidSymbol: '无效字符',
  InvalidNumberFormat: '数字格式错误',
  PropertyNameExpected: '缺少字段名，或多了逗号',
  ValueExpected: '缺少值，或多了逗号',
  ColonExpected: '缺少冒号',
  CommaExpected: '缺少逗号',
  CloseBraceExpected: '缺少“}”',
  CloseBracketExpected: '缺少“]”',
  EndOfFileExpected: '文件结束后还有内容',
  InvalidCommentToken: '不允许注释',
  UnexpectedEndOfComment: '注释没有结束',
  UnexpectedEndOfString: '引号没有结束',
  UnexpectedEndOfNumber: '数字没有结束',
  InvalidUnicode: '无效的Unicode字符',
  InvalidEscapeCharacter: '无效的转义字符“\\”',
  InvalidCharacter: '无效字符',
};

const SAVE_AS_UTF8_ZH = '保存为UTF-8编码（记事本：文件 → 另存为 → 编码选 UTF-8）';
const SAVE_AS_UTF8_EN = 'save it as UTF-8 (in Notepad: File → Save As → Encoding: UTF-8)';

/** What a file that is not text looks like (text-file.ts NotText). */
const LOOKS_LIKE = {
  xlsx: { zh: 'Excel或WPS工作簿', en: 'an Excel or WPS workbook' },
  xls: { zh: '旧版Excel、WPS工作簿或Word文档', en: 'an old Excel or WPS workbook or a Word document' },
  binary: { zh: '二进制数据', en: 'binary data' },
} as const;

export const DATA = {
  // Reading a file (data/load-json.ts, messages/problem.ts, data/text-file.ts).
  'file.missing': entry({ example: {}, zh: () => '文件不存在', en: () => 'file is missing' }),
  'file.misnamed': entry({
    example: { found: 'Plan.JSON', name: 'plan.json' },
    zh: (p) => `文件不存在；但有一个文件“${p.found}”：请把它改名为“${p.name}”`,
    en: (p) => `file is missing; there is a file "${p.found}": rename it to "${p.name}"`,
  }),
  'file.invalidJson': entry({
    example: { what: 'CommaExpected', column: 12 as number | undefined },
    zh: (p) => `JSON格式错误（${p.column ? `第${p.column}列：` : ''}${JSON_ERROR_ZH[p.what] ?? p.what}），请检查引号、逗号和括号；不允许使用NaN或Infinity`,
    en: (p) => `not valid JSON (${p.what}${p.column ? ` at column ${p.column}` : ''}): check quotes, commas and brackets; NaN and Infinity are not allowed`,
  }),
  'file.damagedUtf8': entry({
    example: { line: 3 },
    zh: (p) => `文件是UTF-8编码，但有损坏的字符（从第${p.line}行起）：请重新输入这一行中的乱码，并${SAVE_AS_UTF8_ZH}`,
    en: (p) => `the file is UTF-8 with broken characters (first on line ${p.line}): retype the garbled characters on that line and ${SAVE_AS_UTF8_EN}`,
  }),
  'file.notText': entry({
    example: { looksLike: 'xlsx' as keyof typeof LOOKS_LIKE, kind: 'data' as 'data' | 'content' },
    zh: (p) =>
      `这不是文本文件（看起来是${LOOKS_LIKE[p.looksLike].zh}）：${p.kind === 'data' ? '数据文件应为JSON文本' : '规划章节和报告正文应为MDX文本'}；请用文本编辑器打开检查，或从Git恢复该文件`,
    en: (p) =>
      `this is not a text file (it looks like ${LOOKS_LIKE[p.looksLike].en}): ${p.kind === 'data' ? 'data files are JSON text' : 'chapters and narratives are MDX text'}; open it in a text editor, or restore it from Git`,
  }),
  'file.encodingRead': entry({
    example: { encoding: 'GBK (GB18030)' },
    zh: (p) => `文件的编码是${p.encoding}，不是UTF-8；已按${p.encoding}读取。为稳妥起见，请另存为UTF-8编码（记事本：文件 → 另存为 → 编码选 UTF-8）`,
    en: (p) => `the file is saved in the ${p.encoding} encoding, not UTF-8; it was read as ${p.encoding}. To be safe, ${SAVE_AS_UTF8_EN}`,
  }),
  'file.encodingRefused': entry({
    example: { encoding: 'GBK (GB18030)' },
    zh: (p) => `文件的编码是${p.encoding}，生成网站时无法读取（只能读取UTF-8，否则会发布乱码）：请另存为UTF-8编码（记事本：文件 → 另存为 → 编码选 UTF-8）`,
    en: (p) =>
      `the file is saved in the ${p.encoding} encoding, which the site builder cannot read (it reads UTF-8 only and would publish garbled text): ${SAVE_AS_UTF8_EN}`,
  }),

  // The site and its plans (data/load.ts, build/checks.ts).
  'site.planFolderMissing': entry({
    example: {},
    zh: () => '规划文件夹不存在（site.json 列出了该规划）',
    en: () => 'plan folder is missing (site.json lists this plan)',
  }),
  'site.planListedTwice': entry({ example: {}, zh: () => '规划重复列出', en: () => 'plan listed twice' }),
  'site.currentPlanNotListed': entry({
    example: { plans: ['plan-2026-2030'] },
    zh: (p) => `现行规划（currentPlan）必须是 plans 中的一个（${p.plans.join(', ')}）`,
    en: (p) => `the current plan must be one of "plans" (${p.plans.join(', ')})`,
  }),
  'site.noSuchPlan': entry({
    example: { plans: ['plan-2026-2030'] },
    zh: (p) => `没有这个规划（本网站的规划：${p.plans.join(', ')}）`,
    en: (p) => `no such plan (the site lists ${p.plans.join(', ')})`,
  }),
  'plan.boxNotInChapters': entry({
    example: { id: 'box-1' },
    zh: (p) => `规划各章中没有 <Box id="${p.id}">`,
    en: (p) => `no <Box id="${p.id}"> in the plan's chapters`,
  }),
  'plan.noSuchAnchor': entry({
    example: {},
    zh: () => '规划原文中没有这一章或这一节的锚点',
    en: () => 'no such chapter or section anchor in the plan',
  }),

  // indicators.json and assigned-targets.json (data/load.ts).
  'indicators.duplicateGroup': entry({ example: {}, zh: () => '指标分类标识重复', en: () => 'duplicate group id' }),
  'indicators.numberOrder': entry({
    example: { expected: 3 },
    zh: (p) => `指标须按规划指标表的顺序编号（应为${p.expected}）`,
    en: (p) => `indicators must be numbered in table order (expected ${p.expected})`,
  }),
  'indicators.duplicateId': entry({ example: {}, zh: () => '指标标识重复', en: () => 'duplicate indicator id' }),
  'indicators.unknownGroup': entry({
    example: { groups: ['env-quality', 'pollution'] },
    zh: (p) => `未知的指标分类标识（已声明的分类：${p.groups.join(', ')}）`,
    en: (p) => `unknown group id (declared groups: ${p.groups.join(', ')})`,
  }),
  'indicators.unknownContinuedPlan': entry({
    example: {},
    zh: () => '未知的规划：指标只能延续 site.json 中排在本规划之前的规划的指标',
    en: () => 'unknown plan: an indicator can only continue one of a plan listed before this one in site.json',
  }),
  'indicators.noContinuedIndicator': entry({
    example: { plan: 'plan-2026-2030' },
    zh: (p) => `规划 ${p.plan} 中没有这个指标标识`,
    en: (p) => `plan ${p.plan} has no indicator with this id`,
  }),
  'assigned.unknownIndicator': entry({ example: {}, zh: () => '未知的指标标识（见该规划的 indicators.json）', en: () => 'unknown indicator id' }),
  'assigned.notAssigned': entry({
    example: {},
    zh: () => '该指标的目标不是由上级确定的目标（目标类型不是 "assigned"）',
    en: () => 'this indicator does not have an assigned target (target kind "assigned")',
  }),
  'assigned.twice': entry({ example: {}, zh: () => '上级确定的目标值重复填写', en: () => 'assigned target figure recorded twice' }),

  // glossary.json (data/load.ts).
  'glossary.duplicateId': entry({
    example: { other: 'terms[0]' },
    zh: (p) => `术语标识重复（另见 ${p.other}）`,
    en: (p) => `duplicate glossary id (also ${p.other})`,
  }),
  'glossary.termTwice': entry({
    example: { other: 'terms[0]' },
    zh: (p) => `该中文术语已有译法（见${p.other}）`,
    en: (p) => `this Chinese term already has a translation in ${p.other}`,
  }),
  'glossary.spellingRuleTwice': entry({
    example: { other: 'spelling.rules[0]' },
    zh: (p) => `这条拼写规则与${p.other}重复`,
    en: (p) => `this spelling rule repeats ${p.other}`,
  }),

  // projects.json and places.json (data/projects.ts).
  'projects.unknownBox': entry({
    example: { boxes: ['box-1'] },
    zh: (p) => `未知的专栏标识（plan.json 中声明的专栏：${p.boxes.join(', ') || '无'}）；正文点名的工程不填 "box"`,
    en: (p) => `unknown box id (the boxes declared in plan.json: ${p.boxes.join(', ') || 'none'}); leave "box" out for projects named in the chapter text`,
  }),
  'projects.duplicateId': entry({
    example: { other: 'projects[0]' },
    zh: (p) => `工程标识重复（另见 ${p.other}）`,
    en: (p) => `duplicate project id (also ${p.other})`,
  }),
  'projects.unknownCategory': entry({
    example: {},
    zh: () => '未知的工程类别（见文件开头的 "categories"）',
    en: () => 'unknown category id (see "categories" at the top of the file)',
  }),
  'projects.unknownPlace': entry({ example: {}, zh: () => '未知的地点标识（见该规划的 places.json）', en: () => 'unknown place id (see places.json)' }),
  'projects.unknownIndicator': entry({
    example: {},
    zh: () => '未知的指标标识（见该规划的 indicators.json）',
    en: () => 'unknown indicator id (see indicators.json)',
  }),
  'projects.statusOrder': entry({
    example: { previous: '2024-03-01' },
    zh: (p) => `进展记录须按日期先后排列（上一条为${p.previous}）`,
    en: (p) => `status updates must be in date order (the previous one is dated ${p.previous})`,
  }),
  'places.duplicateId': entry({ example: {}, zh: () => '地点标识重复', en: () => 'duplicate place id' }),

  // progress/<year>.json (data/progress.ts).
  'progress.yearOutsidePeriod': entry({
    example: { start: 2021, end: 2025 },
    zh: (p) => `报告年份必须在规划期${p.start}—${p.end}年之内`,
    en: (p) => `the reporting year must be within the plan period ${p.start}–${p.end}`,
  }),
  'progress.fileName': entry({
    example: { example: 'progress/2025.json' },
    zh: (p) => `年度数据文件须以年份命名，例如 ${p.example}`,
    en: (p) => `progress files must be named after their year, e.g. ${p.example}`,
  }),
  'file.yearMismatch': entry({
    example: { expected: 2024 },
    zh: (p) => `年份与文件名不一致（应为${p.expected}）`,
    en: (p) => `the year does not match the file name (expected ${p.expected})`,
  }),
  'progress.unknownIndicator': entry({
    example: { count: 32 },
    zh: (p) => `未知的指标标识（${p.count}项指标的标识见该规划的 indicators.json）`,
    en: (p) => `unknown indicator id (see indicators.json for the ${p.count} ids)`,
  }),
  'progress.duplicateObservation': entry({
    example: { year: 2024, other: 'observations[0]' },
    zh: (p) => `重复数据：该指标在${p.year}年已有数值（见${p.other}）`,
    en: (p) => `duplicate observation: this indicator already has a value for ${p.year} at ${p.other}`,
  }),
  'progress.qualitativeValue': entry({
    example: { indicator: 'river-chief' },
    zh: (p) => `指标${p.indicator}为定性目标：应填写 "met" 或 "not-met"`,
    en: (p) => `indicator ${p.indicator} has a qualitative target: expected "met" or "not-met"`,
  }),
  'progress.numericValue': entry({
    example: { indicator: 'pm25-concentration' },
    zh: (p) => `指标${p.indicator}为数值目标：应填写数字`,
    en: (p) => `indicator ${p.indicator} has a numeric target: expected a number`,
  }),
  'progress.correctionOrder': entry({
    example: { previous: '2024-03-01' },
    zh: (p) => `更正日期必须晚于被更正数值的发布日期（${p.previous}）`,
    en: (p) => `a correction must be published after the value it replaces (${p.previous})`,
  }),
  'progress.publishedBeforeYear': entry({
    example: { year: 2024 },
    zh: (p) => `${p.year}年的数据不可能早于${p.year}年发布`,
    en: (p) => `a ${p.year} figure cannot have been published before ${p.year}`,
  }),
  'progress.sourceNotHttps': entry({ example: {}, zh: () => '来源网址不是https', en: () => 'source URL is not https' }),
  'progress.yearTwice': entry({
    example: { year: 2024, file: 'progress/2024.json' },
    zh: (p) => `${p.year}年的数据已在${p.file}中`,
    en: (p) => `year ${p.year} is already reported in ${p.file}`,
  }),
  'progress.notReadNoYear': entry({
    example: {},
    zh: () => 'progress文件夹中的这个文件不会被读取：只读取以年份命名的文件；请按其数据所属的年份改名（四位数字加小写的 .json），或把它移出progress文件夹',
    en: () =>
      'this file in progress/ is not read: only files named <year>.json are; rename it after the year of its figures (four digits, then .json in lower case), or move it out of progress/',
  }),
  'progress.notReadExists': entry({
    example: { target: '2024.json' },
    zh: (p) =>
      `progress文件夹中的这个文件不会被读取：只读取以年份命名的文件，而 ${p.target} 已经存在；请把本文件中新增的内容复制到 ${p.target} 中，然后删除本文件`,
    en: (p) =>
      `this file in progress/ is not read: only files named <year>.json are, and ${p.target} exists already; copy what this file adds into ${p.target}, then delete this file`,
  }),
  'progress.notReadRename': entry({
    example: { target: '2024.json' },
    zh: (p) => `progress文件夹中的这个文件不会被读取：只读取以年份命名的文件（年份.json）；请把它改名为 ${p.target}`,
    en: (p) => `this file in progress/ is not read: only files named <year>.json are; rename it to ${p.target}`,
  }),

  // The English translation against its Chinese original (plan/translation.ts, npm run check:translation).
  'translation.anchorsDiffer': entry({
    example: { original: ['section-1', 'section-2'], translation: ['section-1'] },
    zh: (p) => `锚点不一致：中文 [${p.original.join(' ')}]，英文 [${p.translation.join(' ')}]`,
    en: (p) => `anchors differ: zh [${p.original.join(' ')}] vs en [${p.translation.join(' ')}]`,
  }),
  'translation.paragraphCount': entry({
    example: { english: 3, chinese: 4 },
    zh: (p) => `英文有${p.english}段，中文有${p.chinese}段`,
    en: (p) => `has ${p.english} paragraphs in English, ${p.chinese} in Chinese`,
  }),
  'translation.stillChinese': entry({
    example: { percent: 40 },
    zh: (p) => `译文仍主要是中文（${p.percent}%为中日韩文字）`,
    en: (p) => `is still largely Chinese (${p.percent}% CJK characters)`,
  }),
  'translation.missingNumbers': entry({
    example: { numbers: ['2030', '45'] },
    zh: (p) => `译文缺少中文原文中的数字：${p.numbers.join(', ')}`,
    en: (p) => `misses numbers from the Chinese: ${p.numbers.join(', ')}`,
  }),
  'translation.glossaryTerm': entry({
    example: { term: '清溪河', rendering: 'Qingxi River' },
    zh: (p) => `术语“${p.term}”应译为 "${p.rendering}"`,
    en: (p) => `glossary term ${p.term} should be translated as "${p.rendering}"`,
  }),
  'translation.spelling': entry({
    example: { word: 'organised', use: 'organiz', avoid: 'organis' },
    zh: (p) => `拼写：按术语表的拼写规则，"${p.word}" 应写作 "${p.use}…"，而不是 "${p.avoid}…"`,
    en: (p) => `spelling: "${p.word}" is written "${p.use}…", not "${p.avoid}…" (the glossary's spelling convention)`,
  }),
  'translation.tooShort': entry({
    example: { ratio: '1.80' },
    zh: (p) => `英文译文只有中文长度的${p.ratio}倍（应至少为2.5倍）：可能漏译了内容`,
    en: (p) => `English text is only ${p.ratio}× the Chinese length (expected ≥ 2.5×)`,
  }),

  // One language without the other (translation-coverage.ts).
  'translation.zhOnly': entry({ example: {}, zh: () => '有中文，缺少英文', en: () => 'has Chinese but no English' }),
  'translation.enOnly': entry({ example: {}, zh: () => '有英文，缺少中文', en: () => 'has English but no Chinese' }),
  'translation.uiNoZh': entry({
    example: {},
    zh: () => '缺少翻译：界面文字只有英文，没有中文',
    en: () => 'missing translation: UI string has English but no Chinese',
  }),
  'translation.uiNoEn': entry({
    example: {},
    zh: () => '缺少翻译：界面文字只有中文，没有英文',
    en: () => 'missing translation: UI string has Chinese but no English',
  }),
  'translation.pageNoEn': entry({
    example: { file: 'src/content/plans/p/zh/chapter-2.mdx' },
    zh: (p) => `缺少翻译：${p.file}没有英文版本`,
    en: (p) => `missing translation: ${p.file} has no English version`,
  }),
  'translation.pageNoZh': entry({
    example: { file: 'src/content/plans/p/en/chapter-2.mdx' },
    zh: (p) => `缺少翻译：${p.file}没有中文版本`,
    en: (p) => `missing translation: ${p.file} has no Chinese version`,
  }),
};
