import type { APIContext } from 'astro';
import { planFilePaths } from '../../../lib/plan-paths.ts';
import { feedResponse } from '../../../lib/feed-route.ts';

export const getStaticPaths = planFilePaths;
export const GET = (context: APIContext) => feedResponse(context, 'en');
