/** A temporary copy of data/ that a test may break on purpose. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './dist.ts';

export function dataFixture(): { dir: string; write(file: string, content: unknown): void; read<T = any>(file: string): T } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'data-fixture-'));
  fs.cpSync(path.join(ROOT, 'data'), dir, { recursive: true });
  fs.mkdirSync(path.join(dir, 'progress'), { recursive: true });
  return {
    dir,
    write: (file, content) => fs.writeFileSync(path.join(dir, file), typeof content === 'string' ? content : JSON.stringify(content, null, 2)),
    read: (file) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')),
  };
}

export const DEMO_SOURCE = { title: 'Test fixture — synthetic', publisher: 'Test suite', date: '2024-03-01' };
