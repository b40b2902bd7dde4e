/**
 * A small static file server for the built site, used by `npm start` and the browser tests.
 * It serves exactly what a static host would: files from dist/, directory index.html,
 * 404.html for unknown paths, and the headers declared in dist/_headers (if any).
 *
 * Usage: node scripts/serve.ts [--dir dist] [--port 4321]
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { dir: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } } });
const root = path.resolve(values.dir ?? process.env.OUT_DIR ?? 'dist');
const port = Number(values.port ?? process.env.PORT ?? 4321);
const host = values.host ?? '127.0.0.1';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Rules from a Netlify/Cloudflare-style _headers file: a path pattern, then indented "Name: value" lines. */
function readHeaderRules(): { pattern: RegExp; headers: [string, string][] }[] {
  const file = path.join(root, '_headers');
  if (!fs.existsSync(file)) return [];
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else if (rules.length > 0) {
      const index = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, index).trim(), line.slice(index + 1).trim()]);
    }
  }
  return rules;
}

const rules = readHeaderRules();

function resolveFile(urlPath: string): string | undefined {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let file = path.join(root, clean);
  if (!file.startsWith(root)) return undefined;
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : undefined;
}

const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? '/', `http://${host}`);
  // /desa/koba → /desa/koba/ like static hosts do for folders.
  if (!url.pathname.endsWith('/') && !path.extname(url.pathname) && resolveFile(url.pathname + '/')) {
    response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
    response.end();
    return;
  }
  const file = resolveFile(url.pathname);
  const status = file ? 200 : 404;
  const body = file ?? resolveFile('/404.html');
  const headers: Record<string, string> = { 'Content-Type': TYPES[path.extname(body ?? '.txt')] ?? 'application/octet-stream' };
  for (const rule of rules) if (rule.pattern.test(url.pathname)) for (const [name, value] of rule.headers) headers[name] = value;
  response.writeHead(status, headers);
  if (request.method === 'HEAD' || !body) response.end();
  else fs.createReadStream(body).pipe(response);
});

server.listen(port, host, () => console.log(`Situs disajikan dari ${path.relative(process.cwd(), root) || '.'} di http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`));
