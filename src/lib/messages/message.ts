/**
 * Messages by code: `msg(code, params)` names an entry of the catalogue (type-checked parameters), `render`
 * writes it in one language, `say` gives the fields a problem carries (code, parameters, English and Chinese).
 */
import { CATALOGUE } from './catalogue.ts';
import type { Entry, Lang, Message } from './entry.ts';

export type { Lang, Message } from './entry.ts';

type Catalogue = typeof CATALOGUE;
export type Code = keyof Catalogue;
export type ParamsOf<C extends Code> = Catalogue[C] extends Entry<infer P> ? P : never;
/** Parameters may be left out only for an entry that has none. */
type Args<C extends Code> = keyof ParamsOf<C> extends never ? [params?: ParamsOf<C>] : [params: ParamsOf<C>];

export function msg<C extends Code>(code: C, ...args: Args<C>): Message {
  return { code, params: args[0] ?? {} };
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).code === 'string' && typeof (value as Message).params === 'object';
}

export function hasCode(code: string): code is Code {
  return Object.hasOwn(CATALOGUE, code);
}

/** The text of a message in one language; a message held in a parameter is written in the same language. */
export function render(m: Message, lang: Lang): string {
  if (!hasCode(m.code)) throw new Error(`No message "${m.code}" in the catalogue (src/lib/messages/catalogue.ts)`);
  const e = CATALOGUE[m.code] as unknown as Entry<object>;
  return e[lang](m.params, (inner) => render(inner, lang));
}

/** What a problem carries of its message: the code and parameters, and its text in both languages. */
export interface MessageText {
  code: string;
  params: object;
  /** English. */
  message: string;
  messageZh: string;
}

export function texts(m: Message): MessageText {
  return { code: m.code, params: m.params, message: render(m, 'en'), messageZh: render(m, 'zh') };
}

/** `texts(msg(code, params))`: the message fields of a problem, spread into it. */
export function say<C extends Code>(code: C, ...args: Args<C>): MessageText {
  return texts(msg(code, ...args));
}

/** The text in each language, for what prints them apart (a command's error: Chinese line, then English). */
export function inBoth(m: Message): { zh: string; en: string } {
  return { zh: render(m, 'zh'), en: render(m, 'en') };
}

/** Both languages on one line, Chinese first, for a message outside a problem list. */
export function bilingual(m: Message): string {
  return `${render(m, 'zh')} / ${render(m, 'en')}`;
}
