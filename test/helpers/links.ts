/** Internal links of a build: where they point, and which of them lead nowhere. */
import fs from 'node:fs';
import path from 'node:path';
import { htmlPages, loadPage, pageFile } from './dist.ts';

/** The origin a build was made for (SITE_URL), read from its home page's canonical URL. */
export function siteOrigin(dist: string): string {
  const href = loadPage('/', dist).querySelector('link[rel=canonical]')!.getAttribute('href')!;
  return new URL(href).origin;
}

/** The file a link leads to (undefined: another origin), its site path and its fragment. */
export function resolveLink(dist: string, from: string, href: string): { file?: string; path: string; hash: string } | undefined {
  const origin = siteOrigin(dist);
  const url = new URL(href, `${origin}${from}`);
  if (url.origin !== origin) return undefined;
  let p = decodeURIComponent(url.pathname);
  const file = path.join(dist, p);
  if (fs.existsSync(file) && fs.statSync(file).isFile()) return { file, path: p, hash: url.hash.slice(1) };
  if (!p.endsWith('/')) p += '/';
  const index = pageFile(p, dist);
  return { ...(fs.existsSync(index) ? { file: index } : {}), path: p, hash: url.hash.slice(1) };
}

/** Every internal link, stylesheet, script and image of every page that leads to no file or no anchor. */
export function brokenLinks(dist: string): string[] {
  const broken: string[] = [];
  for (const page of htmlPages(dist, { embeds: true })) {
    const doc = loadPage(page, dist);
    for (const el of doc.querySelectorAll('a[href], link[href], script[src], img[src]')) {
      const href = el.getAttribute('href') ?? el.getAttribute('src')!;
      if (/^(mailto:|tel:)/.test(href)) continue;
      const target = resolveLink(dist, page, href);
      if (!target) continue;
      if (!target.file) {
        broken.push(`${page} → ${href} (no such page)`);
        continue;
      }
      if (target.hash && target.file.endsWith('.html')) {
        const targetDoc = target.file === pageFile(page, dist) ? doc : loadPage(target.path, dist);
        if (!targetDoc.getElementById(target.hash)) broken.push(`${page} → ${href} (no element with id "${target.hash}")`);
      }
    }
  }
  return broken;
}
