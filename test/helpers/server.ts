/** The static server used by the scripts, serving dist/ by default. */
import { startStaticServer as start, type StaticServer } from '../../scripts/lib/static-server.ts';
import { DIST } from './dist.ts';

export type { StaticServer };
export const startStaticServer = (dist = DIST) => start(dist);
