/**
 * Failures while pages are rendered, as Astro errors: Astro prints the message and the hint on their own (no stack
 * trace to read first), and both are bilingual, from the catalogue. The check (npm run check) is meant to stop
 * every data or content mistake before this point; these are the last line.
 */
import { AstroError } from 'astro/errors';
import { msg, render, type Message } from './message.ts';

/** An Astro error that also carries its catalogue message (for tests and for anything that prints it again). */
export class RenderError extends AstroError {
  readonly detail: Message;
  readonly hintMessage: Message;
  constructor(detail: Message, hintMessage: Message) {
    super(`${render(detail, 'zh')}\n${render(detail, 'en')}`, `${render(hintMessage, 'zh')}\n${render(hintMessage, 'en')}`);
    this.name = 'RenderError';
    this.detail = detail;
    this.hintMessage = hintMessage;
  }
}

/** The error to throw; the hint defaults to running the check, which names the file and line. */
export function renderError(detail: Message, hint: Message = msg('hint.runCheck')): RenderError {
  return new RenderError(detail, hint);
}
