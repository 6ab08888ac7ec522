/**
 * The plan's text: a chapter page's description (src/pages/[...lang]/[plan]/text/[chapter].astro), the link to a
 * chapter wherever chapters are listed, and the table of contents (src/pages/[...lang]/[plan]/text/index.astro).
 * Nothing here renders HTML.
 */
import type { Lang } from '../../i18n/index.ts';
import type { PlanData } from '../data/load.ts';
import { chapterHeading, chapterTitle, type Chapter } from '../plan/chapters.ts';
import { langAttr } from '../../i18n/locale.ts';
import { latestDate } from './dates.ts';
import { planHref, planPath } from '../routing/routes.ts';
import { planTranslations } from '../plan/vars.ts';
import { describeText } from './description.ts';

export interface ChapterLinkView {
  href: string;
  /** The chapter's heading in this language, or in Chinese where it is not translated yet. */
  heading: string;
  translated: boolean;
  /** The lang attribute of the heading (and of its sections' titles) where it is shown in Chinese. */
  lang?: string;
}

/** A link to a chapter, headed in this language, or in Chinese (marked as such) while it awaits translation. */
export function chapterLink(chapter: Chapter, plan: PlanData, lang: Lang): ChapterLinkView {
  const src = chapter[lang];
  const href = planHref(lang, plan.id, `/text/${chapter.slug}/`);
  if (src) return { href, heading: chapterHeading(src), translated: true };
  const zh = langAttr('zh', lang);
  return { href, heading: chapterHeading(chapter.zh), translated: false, ...(zh ? { lang: zh } : {}) };
}

export interface ContentsView {
  title: string;
  intro: string;
  path: string;
  updated: string;
  /** Each chapter with its sections (the second-level entries of its table of contents). */
  chapters: (ChapterLinkView & { sections: { href: string; title: string }[] })[];
}

/** The table of contents of the plan's text. */
export function contentsView(plan: PlanData, chapters: Chapter[], lang: Lang): ContentsView {
  const t = planTranslations(lang, plan);
  return {
    title: t('plan.contentsTitle'),
    intro: t('plan.contentsIntro', { count: chapters.length }),
    path: planPath(plan.id, '/text/'),
    updated: latestDate(chapters.map((c) => (c[lang] ?? c.zh).updated)),
    chapters: chapters.map((c) => {
      const link = chapterLink(c, plan, lang);
      const toc = c.toc[lang] ?? c.toc.zh;
      return { ...link, sections: toc.filter((e) => e.level === 2).map((e) => ({ href: `${link.href}#${e.id}`, title: e.title })) };
    }),
  };
}

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

/**
 * A chapter's page: the text shown (the English, or the Chinese original under a notice while it awaits
 * translation), its heading and table of contents, description, date, and the chapters before and after it.
 */
export function chapterPage(plan: PlanData, chapters: Chapter[], number: number, lang: Lang) {
  const index = chapters.findIndex((c) => c.number === number);
  const chapter = chapters[index]!;
  const translated = chapter[lang] !== undefined;
  const shown = chapter[lang] ?? chapter.zh;
  const neighbour = (c: Chapter | undefined) => c && { href: planHref(lang, plan.id, `/text/${c.slug}/`), label: chapterTitle(c, lang) };
  return {
    translated,
    /** The chapter file shown, whose language the text (and the components in it) is written in. */
    shown,
    textLang: langAttr(shown.lang, lang),
    title: chapterTitle(chapter, lang),
    heading: chapterHeading(shown),
    toc: chapter.toc[lang] ?? chapter.toc.zh,
    description: chapterDescription(shown.body, translated, lang, plan),
    path: planPath(plan.id, `/text/${chapter.slug}/`),
    contentsHref: planHref(lang, plan.id, '/text/'),
    updated: shown.updated,
    previous: neighbour(chapters[index - 1]),
    next: neighbour(chapters[index + 1]),
  };
}
