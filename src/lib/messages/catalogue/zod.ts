/**
 * Zod's own issues (a schema without a message of its own for the case), in both languages. The English is Zod's
 * (its `en` locale), which staff and the tests know; the Chinese is written for staff, in the words of the data
 * files, rather than the zh-CN locale's ("无效输入：期望 number，实际接收 string"), which serves only as the last
 * resort (`zod.other`) for an issue no entry here describes. src/lib/messages/zod.ts maps each issue to these.
 */
import { entry, ref } from '../entry.ts';

/** Zod's type names, as staff know them. */
const TYPE_ZH: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  object: '对象（{ … }）',
  array: '列表（[ … ]）',
  null: 'null',
  undefined: '空',
  nan: 'NaN',
  date: '日期',
};
const typeZh = (t: string) => TYPE_ZH[t] ?? t;

/** What Zod calls the kind of value a size is about. */
const SIZE_UNIT: Record<string, { zh: string; en: string }> = {
  string: { zh: '个字符', en: 'characters' },
  array: { zh: '项', en: 'items' },
  set: { zh: '项', en: 'items' },
  map: { zh: '项', en: 'entries' },
  file: { zh: '字节', en: 'bytes' },
};

const FORMAT_ZH: Record<string, string> = { email: '电子邮箱地址', url: '网址', date: '日期', datetime: '日期时间', regex: '格式' };

const quoted = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v) ?? String(v));

export interface Bound {
  origin: string;
  limit: number | string;
  inclusive: boolean;
  exact: boolean;
}
const bound: Bound = { origin: 'number', limit: 1, inclusive: true, exact: false };

export const ZOD = {
  'zod.missing': entry({
    example: { expected: 'string' },
    zh: (p) => `缺少必填项（应为${typeZh(p.expected)}）`,
    en: (p) => `Invalid input: expected ${p.expected}, received undefined`,
  }),
  /** A missing value where several kinds would do (a union): no single type to name. */
  'zod.required': entry({ example: {}, zh: () => '缺少必填项', en: () => 'Invalid input: this field is required' }),
  'zod.wrongType': entry({
    example: { expected: 'number', received: 'string' },
    zh: (p) => `类型错误：应为${typeZh(p.expected)}，实际为${typeZh(p.received)}`,
    en: (p) => `Invalid input: expected ${p.expected}, received ${p.received}`,
  }),
  'zod.invalidValue': entry({
    example: { values: ['met', 'not-met'] as unknown[] },
    zh: (p) => (p.values.length === 1 ? `应为 ${quoted(p.values)[0]}` : `取值无效，应为以下之一：${quoted(p.values).join('|')}`),
    en: (p) => (p.values.length === 1 ? `Invalid input: expected ${quoted(p.values)[0]}` : `Invalid option: expected one of ${quoted(p.values).join('|')}`),
  }),
  'zod.tooSmall': entry({
    example: bound,
    zh: (p) => {
      const unit = SIZE_UNIT[p.origin];
      if (unit) return p.exact ? `应恰好有${p.limit}${unit.zh}` : p.inclusive ? `至少应有${p.limit}${unit.zh}` : `应多于${p.limit}${unit.zh}`;
      return p.exact ? `应等于${p.limit}` : p.inclusive ? `数值过小：应不小于${p.limit}` : `数值过小：应大于${p.limit}`;
    },
    en: (p) => {
      const adj = p.exact ? 'exactly ' : p.inclusive ? '>=' : '>';
      const unit = SIZE_UNIT[p.origin];
      return unit ? `Too small: expected ${p.origin} to have ${adj}${p.limit} ${unit.en}` : `Too small: expected ${p.origin} to be ${adj}${p.limit}`;
    },
  }),
  'zod.tooBig': entry({
    example: bound,
    zh: (p) => {
      const unit = SIZE_UNIT[p.origin];
      if (unit) return p.exact ? `应恰好有${p.limit}${unit.zh}` : p.inclusive ? `最多只能有${p.limit}${unit.zh}` : `应少于${p.limit}${unit.zh}`;
      return p.exact ? `应等于${p.limit}` : p.inclusive ? `数值过大：应不大于${p.limit}` : `数值过大：应小于${p.limit}`;
    },
    en: (p) => {
      const adj = p.exact ? 'exactly ' : p.inclusive ? '<=' : '<';
      const unit = SIZE_UNIT[p.origin];
      return unit ? `Too big: expected ${p.origin} to have ${adj}${p.limit} ${unit.en}` : `Too big: expected ${p.origin} to be ${adj}${p.limit}`;
    },
  }),
  'zod.invalidFormat': entry({
    example: { format: 'regex', pattern: '/^[a-z]+$/' },
    zh: (p) => (p.format === 'regex' ? `格式不正确：应符合 ${p.pattern}` : `格式不正确：应为${FORMAT_ZH[p.format] ?? p.format}`),
    en: (p) => (p.format === 'regex' ? `Invalid string: must match pattern ${p.pattern}` : `Invalid ${p.format}`),
  }),
  'zod.notMultipleOf': entry({
    example: { divisor: 5 },
    zh: (p) => `应为${p.divisor}的倍数`,
    en: (p) => `Invalid number: must be a multiple of ${p.divisor}`,
  }),
  'zod.unrecognizedKeys': entry({
    example: { keys: ['icpNumber'] },
    zh: (p) => `无法识别的字段：${quoted(p.keys).join(', ')}（请检查拼写）`,
    en: (p) => `Unrecognized key${p.keys.length > 1 ? 's' : ''}: ${quoted(p.keys).join(', ')}`,
  }),
  'zod.badDiscriminator': entry({
    example: { field: 'kind', options: ['atMost', 'atLeast'] as unknown[] },
    zh: (p) => `"${p.field}" 的取值无效，应为以下之一：${p.options.map((o) => `'${String(o)}'`).join(' | ')}`,
    en: (p) => `Invalid "${p.field}": expected ${p.options.map((o) => `'${String(o)}'`).join(' | ')}`,
  }),
  /** A value that is none of a union's alternatives, each described by `zod.typeName` or `zod.literal`. */
  'zod.noAlternative': entry({
    example: { options: [ref('zod.typeName', { type: 'number' }), ref('zod.literal', { value: 'none' })] },
    zh: (p, r) => `内容无效：应为${p.options.map(r).join('或')}`,
    en: (p, r) => `Invalid input: expected ${p.options.map(r).join(' or ')}`,
  }),
  'zod.typeName': entry({ example: { type: 'number' }, zh: (p) => typeZh(p.type), en: (p) => p.type }),
  'zod.literal': entry({ example: { value: 'none' as unknown }, zh: (p) => quoted([p.value])[0]!, en: (p) => quoted([p.value])[0]! }),
  'zod.invalid': entry({ example: {}, zh: () => '内容无效', en: () => 'Invalid input' }),
  /** The last resort: Zod's own locales (en, zh-CN) for an issue no entry above describes. */
  'zod.other': entry({
    example: { locale: { zh: '无效输入', en: 'Invalid input' } },
    zh: (p) => p.locale.zh,
    en: (p) => p.locale.en,
  }),
};
