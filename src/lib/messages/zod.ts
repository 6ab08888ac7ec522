/**
 * Zod issues as catalogue messages, so that no schema problem reaches staff without its Chinese.
 *
 * Zod stays configured in English (it is global configuration, and Astro prints content-collection errors with
 * it); each issue is mapped here, in this order:
 * 1. a refinement's own issue carries its message in `params.message` (`catalogueIssue`);
 * 2. a schema's own message (`.regex(re, schemaText(…))`, `{ error: … }`) is the English of a catalogue message,
 *    registered when the schema is defined, and maps back to that message;
 * 3. any other issue is described from its structured fields (`zod.*` entries of the catalogue); an issue none of
 *    them describes gets Zod's own locales, `en` and `zh-CN` (`zod.other`).
 */
import { z } from 'astro/zod';
import { isMessage, msg, render, type Message } from './message.ts';

/** The English of every schema message, with the message it renders. */
const BY_ENGLISH = new Map<string, Message>();

/** A schema's own message: its English (which Zod and Astro show), remembered so that the issue maps back to it. */
export function schemaText(m: Message): string {
  const en = render(m, 'en');
  const known = BY_ENGLISH.get(en);
  if (known && JSON.stringify(known) !== JSON.stringify(m)) throw new Error(`Two schema messages read "${en}": ${known.code} and ${m.code}`);
  BY_ENGLISH.set(en, m);
  return en;
}

/** The issue a refinement adds (`ctx.addIssue(catalogueIssue(…))`): English for Zod, the message for the catalogue. */
export function catalogueIssue(m: Message, path?: PropertyKey[]) {
  return { code: 'custom' as const, message: render(m, 'en'), params: { message: m }, ...(path ? { path } : {}) };
}

/** Zod's name for the type of a value (as in its messages). */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
}

/** A union's alternatives, when each is a plain type or value: "a number or "none"". */
function alternatives(errors: readonly (readonly z.core.$ZodIssue[])[]): Message[] | undefined {
  const out: Message[] = [];
  for (const branch of errors) {
    const only = branch.length === 1 ? branch[0]! : undefined;
    if (!only || only.path.length) return undefined;
    if (only.code === 'invalid_type') out.push(msg('zod.typeName', { type: only.expected }));
    else if (only.code === 'invalid_value') out.push(...only.values.map((value) => msg('zod.literal', { value })));
    else return undefined;
  }
  return out.length ? out : undefined;
}

const EN = z.locales.en().localeError;
const ZH = z.locales.zhCN().localeError;
const localeText = (map: typeof EN, issue: z.core.$ZodIssue, value: unknown): string | undefined => {
  const out = map({ ...issue, input: value } as never);
  return typeof out === 'string' ? out : (out?.message ?? undefined);
};

/** An issue described from its fields (step 3 above). */
function describe(issue: z.core.$ZodIssue, value: unknown): Message {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? msg('zod.missing', { expected: issue.expected })
        : msg('zod.wrongType', { expected: issue.expected, received: typeOf(value) });
    case 'invalid_value':
      return msg('zod.invalidValue', { values: [...issue.values] });
    case 'too_small':
    case 'too_big': {
      const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const bound = {
        origin: issue.origin,
        limit: typeof limit === 'bigint' ? String(limit) : limit,
        inclusive: issue.inclusive ?? true,
        exact: issue.exact ?? false,
      };
      return msg(issue.code === 'too_small' ? 'zod.tooSmall' : 'zod.tooBig', bound);
    }
    case 'invalid_format':
      if (!['starts_with', 'ends_with', 'includes'].includes(issue.format))
        return msg('zod.invalidFormat', { format: issue.format, pattern: issue.pattern ?? '' });
      break;
    case 'not_multiple_of':
      return msg('zod.notMultipleOf', { divisor: Number(issue.divisor) });
    case 'unrecognized_keys':
      return msg('zod.unrecognizedKeys', { keys: [...issue.keys] });
    case 'invalid_union': {
      if (issue.inclusive === false) break;
      if (value === undefined) return msg('zod.required');
      if (issue.discriminator && issue.options?.length) return msg('zod.badDiscriminator', { field: issue.discriminator, options: [...issue.options] });
      const options = alternatives(issue.errors);
      return options ? msg('zod.noAlternative', { options }) : msg('zod.invalid');
    }
    case 'custom':
      // A custom message the catalogue does not know: its English, and the Chinese says so.
      return msg('zod.other', { locale: { en: issue.message, zh: `内容无效（英文说明：${issue.message}）` } });
  }
  return msg('zod.other', { locale: { en: localeText(EN, issue, value) ?? issue.message, zh: localeText(ZH, issue, value) ?? '内容无效' } });
}

/** The catalogue message of a Zod issue; `value` is the value at the issue's path (Zod does not keep it). */
export function issueMessage(issue: z.core.$ZodIssue, value: unknown): Message {
  const own = issue.code === 'custom' ? (issue.params as { message?: unknown } | undefined)?.message : undefined;
  if (isMessage(own)) return own;
  return BY_ENGLISH.get(issue.message) ?? describe(issue, value);
}
