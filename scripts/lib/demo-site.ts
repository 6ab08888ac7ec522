/**
 * Assembles the demonstration site (demo/) into tmp/demo-site/: the real data and content, with every
 * published figure, assigned target figure, project status and report narrative of the real plans
 * replaced by the synthetic ones in demo/, plus the plans that exist only in demo/. The real data/
 * is only read; nothing synthetic is ever written into it.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface AssembledSite {
  dataDir: string;
  contentDir: string;
  /** The demonstration's own "today" (demo/demo.json): its synthetic figures run into years still to come. */
  today: string;
}

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
const writeJson = (file: string, value: unknown) => fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

export function assembleDemo(root: string, out = path.join(root, 'tmp/demo-site')): AssembledSite {
  const dataDir = path.join(out, 'data');
  const contentDir = path.join(out, 'content');
  fs.rmSync(out, { recursive: true, force: true });
  fs.cpSync(path.join(root, 'data'), dataDir, { recursive: true });
  fs.cpSync(path.join(root, 'src/content'), contentDir, { recursive: true });
  const demo = path.join(root, 'demo');
  for (const id of fs.readdirSync(path.join(demo, 'data/plans'))) {
    const from = path.join(demo, 'data/plans', id);
    const to = path.join(dataDir, 'plans', id);
    if (fs.existsSync(to)) {
      // A real plan: drop whatever was published for real, keep its text, indicators and projects.
      fs.rmSync(path.join(to, 'progress'), { recursive: true, force: true });
      fs.rmSync(path.join(contentDir, 'plans', id, 'reports'), { recursive: true, force: true });
      fs.rmSync(path.join(to, 'reports.json'), { force: true });
      writeJson(path.join(to, 'assigned-targets.json'), { targets: [] });
      const projects = readJson(path.join(to, 'projects.json'));
      for (const p of projects.projects) p.statusHistory = [];
      const statusFile = path.join(from, 'project-status.json');
      if (fs.existsSync(statusFile)) {
        for (const u of readJson(statusFile).updates as { project: string; statusHistory: unknown[] }[]) {
          const p = projects.projects.find((x: { id: string }) => x.id === u.project);
          if (!p) throw new Error(`${path.relative(root, statusFile)}: unknown project id "${u.project}"`);
          p.statusHistory = u.statusHistory;
        }
      }
      writeJson(path.join(to, 'projects.json'), projects);
    }
    fs.cpSync(from, to, { recursive: true, filter: (src) => path.basename(src) !== 'project-status.json' });
  }
  fs.copyFileSync(path.join(demo, 'data/site.json'), path.join(dataDir, 'site.json'));
  fs.cpSync(path.join(demo, 'content'), contentDir, { recursive: true });
  return { dataDir, contentDir, today: readJson(path.join(demo, 'demo.json')).today };
}
