import type { APIContext } from 'astro';
import { feedResponse } from '../lib/feed-route.ts';

export const GET = (context: APIContext) => feedResponse(context, 'zh');
