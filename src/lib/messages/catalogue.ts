/**
 * The one message catalogue: every problem, warning and failure the code reports to staff has a code here, with
 * its Chinese and English text written from the same parameters. Grouped by the part of the code that raises it.
 */
import { CLI } from './catalogue/cli.ts';
import { CONTENT } from './catalogue/content.ts';
import { DATA } from './catalogue/data.ts';
import { IMPORT } from './catalogue/import.ts';
import { PLAUSIBILITY } from './catalogue/plausibility.ts';
import { RENDER } from './catalogue/render.ts';
import { REPORTS } from './catalogue/reports.ts';
import { SCHEMA } from './catalogue/schema.ts';
import { ZOD } from './catalogue/zod.ts';

export const CATALOGUE = { ...SCHEMA, ...ZOD, ...DATA, ...PLAUSIBILITY, ...CONTENT, ...REPORTS, ...IMPORT, ...RENDER, ...CLI };

/** The parts, to check that no code is defined twice (a spread would silently keep the last). */
export const CATALOGUE_PARTS = { SCHEMA, ZOD, DATA, PLAUSIBILITY, CONTENT, REPORTS, IMPORT, RENDER, CLI };
