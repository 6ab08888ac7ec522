/**
 * The shape of the message catalogue. A message is a code and its parameters, never a sentence: the sentence is
 * written once per language in the catalogue entry of the code, so that no message can reach staff in English
 * only, and rewording one language cannot silently lose the other (as regular expressions over English did).
 */

export type Lang = 'zh' | 'en';

/** A message: which entry of the catalogue, with what parameters. Parameters may hold messages (rendered in the same language). */
export interface Message {
  readonly code: string;
  readonly params: object;
}

/** Renders a message held in a parameter, in the language of the message that holds it. */
export type Render = (m: Message) => string;

/**
 * One entry: the text in each language, from the same parameters. `example` documents the parameters (and types
 * them); the catalogue test renders every entry with it and checks both languages read the same parameters.
 */
export interface Entry<P extends object> {
  example: P;
  zh: (p: P, r: Render) => string;
  en: (p: P, r: Render) => string;
}

export const entry = <P extends object>(e: Entry<P>): Entry<P> => e;

/** A message as a plain value, for examples (the catalogue cannot call `msg`, which needs the whole catalogue). */
export const ref = (code: string, params: object = {}): Message => ({ code, params });
