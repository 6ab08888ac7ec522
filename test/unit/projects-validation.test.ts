/** Bad project data is a build error naming file, path, value and expectation. */
import { describe, expect, it } from 'vitest';
import { dataPaths } from '../../src/lib/data/load.ts';
import { loadProjects } from '../../src/lib/data/projects.ts';
import { formatProblem } from '../../src/lib/data/errors.ts';
import { ROOT } from '../helpers/dist.ts';
import { dataFixture, DEMO_SOURCE } from '../helpers/data-fixture.ts';

function problemsFor(mutate: (projects: any) => void): string {
  const f = dataFixture();
  const data = f.read('projects.json');
  mutate(data);
  f.write('projects.json', data);
  const paths = { ...dataPaths(ROOT, 'real', f.dir) };
  return loadProjects(paths).problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p).replace(f.dir, 'data')).join('\n');
}

describe('projects.json', () => {
  it('is valid as shipped', () => {
    expect(problemsFor(() => {})).toBe('');
  });
  it('rejects an unknown indicator id', () => {
    expect(problemsFor((d) => d.projects[0].indicators.push('pm10'))).toMatch(/data\/projects\.json → projects\[0\]\.indicators\[\d+\]: unknown indicator id .* \(found "pm10"\)/);
  });
  it('rejects an unknown plan section', () => {
    expect(problemsFor((d) => d.projects[0].sections.push('chapter-5#section-9'))).toMatch(/projects\[0\]\.sections\[\d+\]: no such chapter or section anchor in the plan \(found "chapter-5#section-9"\)/);
  });
  it('rejects status updates out of date order', () => {
    expect(
      problemsFor((d) => {
        d.projects[1].statusHistory = [
          { status: 'in-progress', date: '2023-05-01', source: DEMO_SOURCE },
          { status: 'planned', date: '2022-01-01', source: DEMO_SOURCE },
        ];
      }),
    ).toMatch(/projects\[1\]\.statusHistory\[1\]\.date: status updates must be in date order \(the previous one is dated 2023-05-01\) \(found "2022-01-01"\)/);
  });
  it('rejects a status update without a source', () => {
    expect(problemsFor((d) => (d.projects[2].statusHistory = [{ status: 'completed', date: '2024-01-01' }]))).toMatch(/projects\[2\]\.statusHistory\[0\]\.source: .*\(found \(missing\)\)/);
  });
  it('rejects a duplicate id and an unknown status', () => {
    expect(problemsFor((d) => (d.projects[3].id = d.projects[0].id))).toMatch(/projects\[3\]\.id: duplicate project id \(also projects\[0\]\)/);
    expect(problemsFor((d) => (d.projects[2].statusHistory = [{ status: 'finished', date: '2024-01-01', source: DEMO_SOURCE }]))).toMatch(/statusHistory\[0\]\.status: .*\(found "finished"\)/);
  });
  it('rejects an unknown place', () => {
    expect(problemsFor((d) => d.projects[0].places.push('atlantis'))).toMatch(/projects\[0\]\.places\[\d+\]: unknown place id .* \(found "atlantis"\)/);
  });
});
