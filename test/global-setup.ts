/**
 * Builds the fixture sites once per test run, with their report PDFs, through the same all-or-nothing build
 * command as `npm run build -- --pdf`. The real and demonstration builds come from `npm test`.
 */
import { buildCounty, buildMulti } from './helpers/sites.ts';

export default function setup() {
  if (process.env.SKIP_FIXTURE_BUILDS) return;
  buildCounty();
  buildMulti();
}
