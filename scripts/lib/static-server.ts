/**
 * Serves a built site on 127.0.0.1 for browser tests, like a static host would:
 * files from the build folder (sirv), and the 404 page with status 404 for anything else.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function startStaticServer(dist: string): Promise<StaticServer> {
  const serve = sirv(dist, { dev: false, etag: true, dotfiles: false });
  const notFound = (url: string) => {
    const en = path.join(dist, 'en/404/index.html');
    return fs.readFileSync(url.startsWith('/en/') && fs.existsSync(en) ? en : path.join(dist, '404.html'));
  };
  const server = http.createServer((req, res) =>
    serve(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound(req.url ?? '/'));
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A browser keeps idle keep-alive connections open; close them so close() does not wait on them.
        server.closeAllConnections();
      }),
  };
}
