/**
 * What a page costs a reader, in gzipped bytes, read from the built files (no browser, so the
 * figures are the same on every run): the HTML, every stylesheet it links, every script it
 * loads and every module those scripts import statically. Dynamic `import()` (search, loaded
 * when someone searches) is not counted: it is not downloaded when the page opens.
 *
 * Shared by `npm run bench` (the report) and tests/e2e/budgets.spec.ts (the limits).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { htmlFile, outDir } from './built-site.ts';

export interface Asset {
  /** Site path of the file, e.g. /_astro/Base.x1y2.css. */
  url: string;
  kind: 'css' | 'js';
  /** Gzipped size in bytes. */
  bytes: number;
}

export interface PageWeight {
  path: string;
  /** Gzipped HTML bytes (inline scripts and styles included). */
  html: number;
  /** Stylesheets and scripts the page loads, with their static imports. */
  assets: Asset[];
  css: number;
  js: number;
  /** HTML + CSS + JS: what a first visit with an empty cache downloads. */
  total: number;
  /** Scripts in <head> that stop the page from rendering until they run. */
  renderBlocking: string[];
}

export interface NextPageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  /** The HTML plus the assets the previous page did not load already. */
  total: number;
  newAssets: string[];
}

/** Gzip at the level static hosts use by default; files that are already gzipped count as they are. */
export function gzippedSize(content: Buffer): number {
  if (content[0] === 0x1f && content[1] === 0x8b) return content.length;
  return zlib.gzipSync(content, { level: 6 }).length;
}

interface Tag {
  name: string;
  attrs: Record<string, string>;
  /** Text between <script> and </script> (inline scripts only). */
  body: string;
  inHead: boolean;
}

const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function parseAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(ATTRIBUTE)) attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  return attrs;
}

/** <link> and <script> tags of a page. Astro's output is regular enough for a tag scanner. */
export function scanTags(html: string): Tag[] {
  const headEnd = html.search(/<\/head>/i);
  const tags: Tag[] = [];
  for (const m of html.matchAll(/<(link|script)\b([^>]*)>/gi)) {
    const name = m[1].toLowerCase();
    const start = m.index! + m[0].length;
    const body = name === 'script' ? html.slice(start, html.indexOf('</script>', start)) : '';
    tags.push({ name, attrs: parseAttributes(m[2]), body, inHead: headEnd < 0 || m.index! < headEnd });
  }
  return tags;
}

/** Static `import … from "x"`, `import "x"` and `export … from "x"` in bundled JavaScript. */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  const pattern = /(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"'\n]+?\.m?js)["']/g;
  for (const m of code.matchAll(pattern)) found.push(m[1]);
  return found;
}

const NON_SCRIPT_TYPES = /^(application\/(ld\+)?json|importmap|speculationrules|text\/(template|plain))$/i;
const isClassicScript = (attrs: Record<string, string>) => !attrs.type || /^(text|application)\/(java|ecma)script$/i.test(attrs.type);

/**
 * Why a script would hold up rendering: a classic script in <head> without defer/async.
 * Module scripts are deferred by the browser; data blocks are not scripts.
 */
export function renderBlockingScripts(tags: Tag[]): string[] {
  return tags
    .filter((tag) => tag.name === 'script' && tag.inHead)
    .filter((tag) => !NON_SCRIPT_TYPES.test(tag.attrs.type ?? '') && isClassicScript(tag.attrs))
    .filter((tag) => !(tag.attrs.src && ('defer' in tag.attrs || 'async' in tag.attrs)))
    .map((tag) => (tag.attrs.src ? `<script src="${tag.attrs.src}">` : `<script> (inline, ${tag.body.length} karakter)`));
}

/** Measures pages of one built site; remembers each asset so 90 pages read a stylesheet once. */
export class SiteWeigher {
  readonly dir: string;
  private assetCache = new Map<string, { bytes: number; imports: string[] }>();

  constructor(dir = outDir()) {
    this.dir = dir;
  }

  private readAsset(url: string) {
    let entry = this.assetCache.get(url);
    if (!entry) {
      const file = path.join(this.dir, url.split(/[?#]/)[0]);
      if (!fs.existsSync(file)) throw new Error(`${url} dimuat oleh halaman, tetapi tidak ada di ${this.dir}`);
      const content = fs.readFileSync(file);
      const imports = url.endsWith('.js') || url.endsWith('.mjs') ? staticImports(content.toString('utf8')).map((i) => resolveUrl(i, url)) : [];
      entry = { bytes: gzippedSize(content), imports };
      this.assetCache.set(url, entry);
    }
    return entry;
  }

  /** A script and everything it imports statically, each once. */
  private addScript(url: string, into: Map<string, Asset>) {
    if (into.has(url)) return;
    const { bytes, imports } = this.readAsset(url);
    into.set(url, { url, kind: 'js', bytes });
    for (const imported of imports) this.addScript(imported, into);
  }

  measure(pagePath: string): PageWeight {
    const file = htmlFile(pagePath, this.dir);
    if (!file) throw new Error(`Halaman ${pagePath} tidak ada di ${this.dir}`);
    const html = fs.readFileSync(file);
    const tags = scanTags(html.toString('utf8'));
    const assets = new Map<string, Asset>();
    for (const tag of tags) {
      const rel = (tag.attrs.rel ?? '').toLowerCase().split(/\s+/);
      if (tag.name === 'link' && rel.includes('stylesheet') && tag.attrs.href) {
        const url = resolveUrl(tag.attrs.href, pagePath);
        if (isLocal(url)) assets.set(url, { url, kind: 'css', bytes: this.readAsset(url).bytes });
      } else if (tag.name === 'link' && rel.includes('modulepreload') && tag.attrs.href) {
        const url = resolveUrl(tag.attrs.href, pagePath);
        if (isLocal(url)) this.addScript(url, assets);
      } else if (tag.name === 'script' && !NON_SCRIPT_TYPES.test(tag.attrs.type ?? '')) {
        if (tag.attrs.src) {
          const url = resolveUrl(tag.attrs.src, pagePath);
          if (isLocal(url)) this.addScript(url, assets);
        } else {
          for (const imported of staticImports(tag.body)) {
            const url = resolveUrl(imported, pagePath);
            if (isLocal(url)) this.addScript(url, assets);
          }
        }
      }
    }
    const list = [...assets.values()];
    const sum = (kind: Asset['kind']) => list.filter((a) => a.kind === kind).reduce((total, a) => total + a.bytes, 0);
    const htmlBytes = gzippedSize(html);
    return {
      path: pagePath,
      html: htmlBytes,
      assets: list,
      css: sum('css'),
      js: sum('js'),
      total: htmlBytes + sum('css') + sum('js'),
      renderBlocking: renderBlockingScripts(tags),
    };
  }
}

/** A page opened after `previous`: its HTML plus only the assets `previous` did not load (they are cached). */
export function nextPageWeight(page: PageWeight, previous: PageWeight): NextPageWeight {
  const cached = new Set(previous.assets.map((a) => a.url));
  const fresh = page.assets.filter((a) => !cached.has(a.url));
  const sum = (kind: Asset['kind']) => fresh.filter((a) => a.kind === kind).reduce((total, a) => total + a.bytes, 0);
  return { path: page.path, html: page.html, css: sum('css'), js: sum('js'), total: page.html + sum('css') + sum('js'), newAssets: fresh.map((a) => a.url) };
}

function resolveUrl(reference: string, base: string): string {
  const url = new URL(reference, new URL(base, 'http://site.invalid/'));
  return url.origin === 'http://site.invalid' ? url.pathname : url.href;
}

/** Assets from another origin are a privacy failure caught by the privacy test, not a weight. */
function isLocal(url: string): boolean {
  return url.startsWith('/');
}
