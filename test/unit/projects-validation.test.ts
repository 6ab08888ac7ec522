/** Bad project data is a build error naming file, path, value and expectation. */
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/lib/data/load.ts';
import { formatProblem } from '../../src/lib/messages/problem.ts';
import { siteFixture, TEST_SOURCE } from '../helpers/data-fixture.ts';

function problemsFor(mutate: (projects: any) => void): string {
  const f = siteFixture();
  const data = f.read('projects.json');
  mutate(data);
  f.write('projects.json', data);
  return loadSite(f.ctx)
    .problems.filter((p) => p.severity === 'error')
    .map((p) => formatProblem(p))
    .join('\n');
}

describe('projects.json', () => {
  it('is valid as written', () => {
    expect(problemsFor(() => {})).toBe('');
  });
  it('rejects an unknown indicator id', () => {
    expect(problemsFor((d) => d.projects[0].indicators.push('pm10'))).toMatch(
      /qingxi-2026-2030\/projects\.json → projects\[0\]\.indicators\[\d+\]: unknown indicator id .* \(found "pm10"\)/,
    );
  });
  it('rejects an unknown plan section', () => {
    expect(problemsFor((d) => d.projects[0].sections.push('chapter-2#section-9'))).toMatch(
      /projects\[0\]\.sections\[\d+\]: no such chapter or section anchor in the plan \(found "chapter-2#section-9"\)/,
    );
  });
  it('rejects status updates out of date order', () => {
    expect(
      problemsFor((d) => {
        d.projects[1].statusHistory = [
          { status: 'in-progress', date: '2027-05-01', source: TEST_SOURCE },
          { status: 'planned', date: '2026-09-01', source: TEST_SOURCE },
        ];
      }),
    ).toMatch(/projects\[1\]\.statusHistory\[1\]\.date: status updates must be in date order \(the previous one is dated 2027-05-01\) \(found "2026-09-01"\)/);
  });
  it('rejects a status update without a source', () => {
    expect(problemsFor((d) => (d.projects[2].statusHistory = [{ status: 'completed', date: '2027-01-01' }]))).toMatch(
      /projects\[2\]\.statusHistory\[0\]\.source: .*\(found \(missing\)\)/,
    );
  });
  it('rejects a duplicate id and an unknown status', () => {
    expect(problemsFor((d) => (d.projects[2].id = d.projects[0].id))).toMatch(/projects\[2\]\.id: duplicate project id \(also projects\[0\]\)/);
    expect(problemsFor((d) => (d.projects[2].statusHistory = [{ status: 'finished', date: '2027-01-01', source: TEST_SOURCE }]))).toMatch(
      /statusHistory\[0\]\.status: .*\(found "finished"\)/,
    );
  });
  it('rejects an unknown place and an unknown category', () => {
    expect(problemsFor((d) => d.projects[0].places.push('atlantis'))).toMatch(/projects\[0\]\.places\[\d+\]: unknown place id .* \(found "atlantis"\)/);
    expect(problemsFor((d) => (d.projects[0].category = 'nowhere'))).toMatch(/projects\[0\]\.category: unknown category id .* \(found "nowhere"\)/);
  });
});
