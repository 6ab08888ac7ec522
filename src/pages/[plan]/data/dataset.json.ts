import type { APIContext } from 'astro';
import { planFilePaths } from '../../../lib/routing/static-paths.ts';
import { jsonResponse } from '../../../lib/downloads/tables.ts';
import { datasetDocument } from '../../../lib/downloads/documents.ts';

export const getStaticPaths = planFilePaths;

/** A plan's whole dataset as published: indicators, assigned target figures and yearly observations with their revisions and sources. */
export const GET = ({ locals }: APIContext) => jsonResponse(datasetDocument(locals.site, locals.plan));
