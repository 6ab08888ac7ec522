import type { APIContext } from 'astro';
import { feedPaths, feedResponse } from '../../lib/feed-route.ts';

export const getStaticPaths = feedPaths;
export const GET = (context: APIContext) => feedResponse(context, 'zh');
