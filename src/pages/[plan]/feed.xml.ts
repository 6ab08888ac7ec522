import type { APIContext } from 'astro';
import { planFilePaths } from '../../lib/routing/static-paths.ts';
import { feedResponse } from '../../lib/downloads/feed-route.ts';

export const getStaticPaths = planFilePaths;
export const GET = (context: APIContext) => feedResponse(context, 'zh');
