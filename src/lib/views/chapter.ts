/**
 * A plan chapter page's view values (src/pages/[...lang]/[plan]/text/[chapter].astro) that follow a rule: its
 * description. Nothing here renders HTML.
 */
import type { Lang } from '../../i18n/index.ts';
import type { PlanData } from '../data/load.ts';
import { planTranslations } from '../plan/vars.ts';
import { describeText } from './description.ts';

/**
 * The first paragraph of a chapter's MDX body, as plain text: the first non-empty line that is not markup (a line
 * opening with a tag), a front-matter fence or a front-matter field ("title: …"), with bold marks (**) removed.
 */
export function firstParagraph(body: string): string {
  const line = body.split('\n').find((l) => l && !l.startsWith('<') && !l.startsWith('---') && !/^\w+:/.test(l)) ?? '';
  return line.replace(/\*\*/g, '');
}

/** The page's description: the chapter's first paragraph, shortened; for a chapter not yet translated, the notice saying so. */
export function chapterDescription(body: string, translated: boolean, lang: Lang, plan: PlanData): string {
  return describeText(translated ? firstParagraph(body) : planTranslations(lang, plan)('fallback.body').replace(/\*\*/g, ''));
}
