/**
 * The site's components named in chapters and narratives point at what exists, checked before the build with the
 * file and line: a bad id would otherwise stop the build half-way through rendering, without saying where.
 * - <ProjectLink id>: a project of the plan's projects.json;
 * - <IndicatorRef id>: an indicator of the plan's indicators.json;
 * - <Box id>: a box declared in the plan's plan.json "boxes".
 * (The indicator table carries no language: it writes in that of the chapter around it, Astro.locals.textLang.)
 * Which attributes each may carry, and their form, is the closed format's concern (closed-format.ts).
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import type { Problem } from '../messages/problem.ts';
import type { PlanData } from '../data/load.ts';
import { msg, texts, type Message } from '../messages/message.ts';

interface JsxElement {
  type: string;
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: MdastNode[];
}

/** The quoted value of an attribute (a `{…}` value is refused by the closed format, not here). */
const attribute = (e: JsxElement, name: string): string | undefined => {
  const a = e.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
};

/** What is wrong with one component's reference, if anything. */
function referenceProblem(e: JsxElement, plan: PlanData): Message | undefined {
  const id = attribute(e, 'id');
  switch (e.name) {
    case 'ProjectLink':
      return id !== undefined && !plan.projects.projects.some((p) => p.id === id) ? msg('mdx.unknownProject', { id }) : undefined;
    case 'IndicatorRef':
      return id !== undefined && !plan.indicators.indicators.some((i) => i.id === id) ? msg('mdx.unknownIndicator', { id }) : undefined;
    case 'Box':
      return id !== undefined && !plan.plan.boxes.some((b) => b.id === id) ? msg('mdx.undeclaredBox', { id }) : undefined;
  }
  return undefined;
}

/** Problems of the component references in one MDX file of `plan`; none when the file does not parse (the closed format says why). */
export function referenceProblems(file: string, source: string, plan: PlanData): Problem[] {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(source, { position: true });
  } catch {
    return [];
  }
  const problems: Problem[] = [];
  const visit = (node: MdastNode) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const e = node as unknown as JsxElement;
      const problem = referenceProblem(e, plan);
      const line = e.position?.start.line;
      const value = attribute(e, 'id');
      if (problem) problems.push({ file, ...(line ? { line } : {}), value, ...texts(problem), severity: 'error' });
    }
    for (const child of (node as { children?: MdastNode[] }).children ?? []) visit(child);
  };
  visit(tree);
  return problems;
}
