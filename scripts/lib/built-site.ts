/**
 * Reading a built site from disk: the page addresses its sitemap lists, and the file behind an
 * address. The benchmark, the byte budgets and the browser sweeps all start from these, so a new
 * page type is measured and tested as soon as it is built, without anyone listing it.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The output folder the tests and the benchmark read: OUT_DIR, as for `astro build`. */
export function outDir(): string {
  return path.resolve(process.env.OUT_DIR ?? 'dist');
}

/**
 * Every page path (`/desa/koba/`) in the built sitemap, sorted. The sitemap holds absolute
 * addresses on the published site; only their paths matter here.
 */
export function sitemapPaths(dir = outDir()): string[] {
  const index = path.join(dir, 'sitemap-index.xml');
  if (!fs.existsSync(index)) throw new Error(`${index} tidak ada: bangun situsnya dulu (npx astro build).`);
  const locs = (file: string) => [...fs.readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].trim());
  const paths = locs(index).flatMap((sitemap) => locs(path.join(dir, new URL(sitemap).pathname)).map((loc) => decodeURI(new URL(loc).pathname)));
  return [...new Set(paths)].sort();
}

/** The HTML file a static host serves for a page path, or undefined when it was not built. */
export function htmlFile(pagePath: string, dir = outDir()): string | undefined {
  const file = path.join(dir, pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath);
  return fs.existsSync(file) ? file : undefined;
}

/** Every built HTML file as a page path, including pages kept out of the sitemap (print views, 404). */
export function allHtmlPaths(dir = outDir()): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    found.push(relative.endsWith('index.html') ? `/${relative.slice(0, -'index.html'.length)}` : `/${relative}`);
  }
  return found.sort();
}

/** Number of files under a folder (0 when it does not exist). */
export function countFiles(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}

/** Total size of the files under a folder, in bytes (what a host stores, before compression). */
export function folderBytes(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let total = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}
