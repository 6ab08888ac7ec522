/** Messages of the data files' schemas (src/lib/schema/): the text rule of every field and each schema's own rules. */
import { entry } from '../entry.ts';

/** The kinds of text field (schema/common.ts TEXT_LIMITS), as staff know them. */
const KIND_ZH: Record<string, string> = { label: '标签', name: '名称', sourceTitle: '来源名称', note: '说明', text: '正文' };

export const SCHEMA = {
  // The text rule (schema/common.ts), for every text field of the data files and the CSV import.
  'text.invisibleCharacter': entry({
    example: { char: 'U+200B', position: 3 },
    zh: (p) => `含有不可见字符或控制字符（${p.char}，第${p.position}个字符）：请删除；文字中不能有换行、制表符、方向控制符或零宽空格`,
    en: (p) =>
      `contains an invisible or control character (${p.char}, character ${p.position}): delete it; line breaks, tabs, direction marks and zero-width spaces are not allowed`,
  }),
  'text.markup': entry({
    example: {},
    zh: () => '只能填写纯文本，不能包含“<”或“>”（不允许HTML或脚本）',
    en: () => 'must be plain text without "<" or ">" (no HTML or scripts)',
  }),
  'text.tooLong': entry({
    example: { max: 200, kind: 'name' },
    zh: (p) => `内容过长：此栏（${KIND_ZH[p.kind] ?? p.kind}）最多${p.max}个字符`,
    en: (p) => `too long: at most ${p.max} characters in this field (${p.kind})`,
  }),
  'text.tooLongAt': entry({
    example: { max: 200 },
    zh: (p) => `过长：最多${p.max}个字符`,
    en: (p) => `too long: at most ${p.max} characters`,
  }),
  'text.empty': entry({ example: {}, zh: () => '不能为空', en: () => 'must not be empty' }),
  'text.zhEmpty': entry({ example: {}, zh: () => '中文内容不能为空', en: () => 'Chinese text (zh) must not be empty' }),
  'text.enEmpty': entry({ example: {}, zh: () => '英文内容不能为空（缺少英文翻译）', en: () => 'English text (en) must not be empty' }),
  'text.sourceTitleEmpty': entry({ example: {}, zh: () => '来源名称不能为空', en: () => 'source title must not be empty' }),
  'text.sourcePublisherEmpty': entry({ example: {}, zh: () => '来源发布单位不能为空', en: () => 'source publisher must not be empty' }),
  'text.phraseTooShort': entry({ example: {}, zh: () => '请至少填写规划原文中的两个字', en: () => "write at least two characters of the plan's own words" }),

  // Values of a given form (schema/common.ts).
  'schema.dateFormat': entry({ example: {}, zh: () => '日期格式应为“年-月-日”，例如 2024-03-31', en: () => 'expected a date written as YYYY-MM-DD' }),
  'schema.dateNotReal': entry({ example: {}, zh: () => '不是真实存在的日期', en: () => 'not a real calendar date' }),
  'schema.slug': entry({
    example: {},
    zh: () => '标识只能使用小写英文字母、数字和连字符',
    en: () => 'expected lower-case ASCII letters, digits and hyphens, e.g. "pm25-concentration"',
  }),
  'schema.number': entry({
    example: {},
    zh: () => '应填写数字（不加引号）',
    en: () => 'expected a number written without quotes (NaN and Infinity are not numbers)',
  }),
  'schema.url': entry({ example: {}, zh: () => '网址应以 http:// 或 https:// 开头', en: () => 'expected an http(s) URL' }),
  'schema.planRef': entry({
    example: {},
    zh: () => '应填写规划原文中的位置，例如 "chapter-5#section-1-4"（第5章的 section-1-4 节）',
    en: () => 'expected a plan reference such as "chapter-5#section-1-4"',
  }),

  // site.json and plan.json (schema/site.ts).
  'schema.licenceMissing': entry({
    example: {},
    zh: () => '请写明本网站数据的许可协议："licence": { "name": { "zh": …, "en": … }, "url": "https://…", "spdx": "…" }（见README，例如 CC BY 4.0）',
    en: () =>
      'state the licence the site publishes its data under: "licence": { "name": { "zh": …, "en": … }, "url": "https://…", "spdx": "…" } (see the README, e.g. CC BY 4.0)',
  }),
  'schema.spdx': entry({
    example: { example: 'CC-BY-4.0' },
    zh: (p) => `应填写许可协议的SPDX标识，例如 ${p.example}`,
    en: (p) => `expected an SPDX licence identifier such as ${p.example}`,
  }),
  'schema.phone': entry({
    example: {},
    zh: () => '应填写电话号码：只能使用数字、空格和“+”“-”“/”、括号，分机号写在“转”之后，例如 010-12345678',
    en: () =>
      'expected a telephone number: digits, spaces, "+", "-", "/" and brackets only (an extension after 转 or "ext."), e.g. 010-12345678 or +86 10 1234 5678',
  }),
  'schema.siteCode': entry({
    example: {},
    zh: () => '网站标识码应为10位数字，或“bm”加8位数字，例如 1100000001',
    en: () => 'expected a site identification code (网站标识码) of 10 digits, or "bm" and 8 digits, e.g. 1100000001',
  }),
  'schema.icp': entry({
    example: {},
    zh: () => 'ICP备案号应按备案系统给出的写法填写，例如 京ICP备12345678号 或 京ICP备12345678号-1',
    en: () => 'expected an ICP filing number (ICP备案号) as issued, e.g. 京ICP备12345678号 or 京ICP备12345678号-1',
  }),
  'schema.publicSecurity': entry({
    example: {},
    zh: () => '公安备案号应按备案系统给出的写法填写：省份简称、“公网安备”、14位数字和“号”，例如 京公网安备11010502000001号',
    en: () => 'expected a public security filing number (公安备案号) as issued: the province, 公网安备, 14 digits and 号, e.g. 京公网安备11010502000001号',
  }),
  'schema.email': entry({
    example: {},
    zh: () => '应填写电子邮箱地址，例如 office@example.gov.cn',
    en: () => 'expected an e-mail address such as office@example.gov.cn',
  }),
  'schema.reservedPlanId': entry({
    example: { ids: ['en', 'zh', 'search'] },
    zh: (p) => `该标识为网站自身页面保留，不能用作规划标识（${p.ids.join(', ')}）`,
    en: (p) => `this id is reserved for the site's own pages (${p.ids.join(', ')})`,
  }),
  'schema.noPlans': entry({ example: {}, zh: () => '至少列出一个规划', en: () => 'list at least one plan' }),
  'schema.periodOrder': entry({
    example: {},
    zh: () => '规划期应满足：基线年 < 起始年 ≤ 终止年',
    en: () => 'the period must satisfy baselineYear < start ≤ end',
  }),
  'schema.midTermYear': entry({
    example: { start: 2021, end: 2025 },
    zh: (p) => `中期评估年份须在${p.start}—${p.end}年之内`,
    en: (p) => `the mid-term year must be within ${p.start}–${p.end}`,
  }),
  'schema.publishedNote': entry({
    example: {},
    zh: () => '“published”为 null 时，须在“publishedNote”中说明原因',
    en: () => 'when "published" is null, say why in "publishedNote"',
  }),

  // indicators.json (schema/indicators.ts).
  'schema.duplicateTopic': entry({ example: {}, zh: () => '主题标识重复', en: () => 'duplicate topic id' }),
  'schema.topicRequired': entry({
    example: { topics: ['air', 'water'] },
    zh: (p) => `文件声明了主题（topics）后，每项指标都须填写 "topic"（已声明的主题：${p.topics.join(', ')}）`,
    en: (p) => `every indicator needs a "topic" once the file declares topics (declared topics: ${p.topics.join(', ')})`,
  }),
  'schema.headlineNeedsTopic': entry({
    example: {},
    zh: () => '首页要点指标（headline）须有主题：请在文件开头声明 "topics"，并在此填写其中一个',
    en: () => 'a headline indicator needs a "topic": declare "topics" at the top of the file and name one here',
  }),
  'schema.unknownTopic': entry({
    example: { topics: ['air', 'water'] },
    zh: (p) => `未知的主题标识（已声明的主题：${p.topics.join(', ')}）`,
    en: (p) => `unknown topic id (declared topics: ${p.topics.join(', ')})`,
  }),
  'schema.unknownTopicNoneDeclared': entry({
    example: {},
    zh: () => '未知的主题标识：文件开头未声明任何主题（topics）',
    en: () => 'unknown topic id: no "topics" are declared at the top of the file',
  }),
  'schema.plausibleMinMax': entry({
    example: {},
    zh: () => '"plausible" 中的 "min" 必须小于 "max"',
    en: () => 'the plausible "min" must be less than "max"',
  }),

  // progress/<year>.json, glossary.json, reports.json.
  'schema.observedValue': entry({
    example: {},
    zh: () => '应填写数字（不加引号）；定性指标填写 "met"（达到）或 "not-met"（未达到）',
    en: () => 'expected a number written without quotes, or "met" / "not-met" for a qualitative target',
  }),
  'schema.wordStart': entry({
    example: {},
    zh: () => '应填写单词的开头部分，只能使用英文字母，例如 "organis"',
    en: () => 'expected the beginning of a word, in letters only, e.g. "organis"',
  }),
  'schema.reportStatus': entry({
    example: {},
    zh: () => '应填写 "status": "draft"（草稿），或 "status": "published"（已发布）并填写 "published" 发布日期',
    en: () => 'expected "status": "draft", or "status": "published" with a "published" date',
  }),
};
