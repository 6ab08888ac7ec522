/** Builds the fixture sites once per test run (the real and demonstration builds come from `npm test`). */
import { buildCounty, buildMulti } from './helpers/sites.ts';

export default function setup() {
  if (process.env.SKIP_FIXTURE_BUILDS) return;
  buildCounty();
  buildMulti();
}
