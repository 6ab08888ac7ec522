/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) in Chromium. axe is added to every page of a browser context before
 * the page's own scripts (`installAxe`), then run on the page as it stands (`axeViolations`): the same engine and
 * rules as @axe-core/playwright, whose `analyze()` took 1.1 s a page here because it re-injects axe and finishes
 * every run in a blank page of its own; run in place, 0.13 s. The site's pages hold no frames to descend into.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Makes axe available on every page the context opens (an init script, which the pages' CSP does not govern). */
export async function installAxe(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript({ content: AXE_SOURCE });
  return context;
}

/** Each violation on the page as "rule (impact): help — where" (up to three elements). Only violations are collected. */
export async function axeViolations(page: Page): Promise<string[]> {
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe?: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe;
    if (!axe) throw new Error('axe is not on this page: open it in a context passed to installAxe()');
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, where: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  }, WCAG_TAGS);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.where.join(', ')}`);
}
