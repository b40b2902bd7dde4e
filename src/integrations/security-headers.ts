/**
 * Security and caching headers for static hosts. Astro writes a Content Security Policy into every
 * page as a <meta> tag (`security.csp` in astro.config.mjs, configured from here); after the build
 * this integration writes `<outDir>/_headers` (the Netlify / Cloudflare Pages format, also applied
 * by scripts/serve.ts) with the same policy as a header, plus what a <meta> tag cannot carry:
 * frame-ancestors, the other security headers, and cache lifetimes.
 *
 * List it after the Pagefind integration: the cache rules name the search files Pagefind wrote.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Everything comes from the site itself: no third-party scripts, fonts, images or requests.
 * `data:` images are the QR codes. Workers are for the offline service worker.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
] as const;

/** Scripts from the site only. */
export const SCRIPT_SOURCES = ["'self'"] as const;
/**
 * Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval': added only on the page
 * that runs it (src/pages/cari/index.astro, through Astro.csp), not to every page.
 */
export const SEARCH_SCRIPT_SOURCE = "'wasm-unsafe-eval'";

/** The `security.csp` option for astro.config.mjs: Astro adds hashes of its own inline scripts and styles. */
export const contentSecurityPolicy = {
  directives: [...CSP_DIRECTIVES],
  scriptDirective: { resources: [...SCRIPT_SOURCES] },
};

/** Only a header can forbid framing (clickjacking); browsers ignore frame-ancestors in <meta>. */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Strict-Transport-Security': 'max-age=31536000',
};

/** File names with a content hash never change: cache them for a year. */
export const CACHE_FOREVER = 'public, max-age=31536000, immutable';
/**
 * Pages and fixed-name files are checked again on every visit (a 304 costs a few hundred bytes):
 * after a deploy, a stale page would point at hashed files that no longer exist.
 */
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';

/** Cloudflare Pages rejects longer lines in _headers. */
export const MAX_HEADER_LINE = 2000;

/** The CSP a built page carries in its <meta>, or undefined. */
export function metaPolicy(html: string): string | undefined {
  const tag = html.match(/<meta\b[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i)?.[0];
  const content = tag?.match(/content=(?:"([^"]*)"|'([^']*)')/i);
  return content ? (content[1] ?? content[2]).replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&') : undefined;
}

/** Directive name → sources, from a policy string. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * One policy for the header that admits what every page's <meta> admits: the configured
 * directives, and the union of the script and style hashes Astro put into the pages. The browser
 * applies both the header and the <meta>, so each page stays as strict as its own <meta>.
 */
export function headerPolicy(pagePolicies: Iterable<string>): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of pagePolicies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const set = merged.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      merged.set(name, set);
    }
  }
  for (const directive of [...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES]) {
    const [name, ...sources] = directive.split(' ');
    merged.set(name, new Set(sources));
  }
  merged.set('script-src', new Set([...SCRIPT_SOURCES, ...(merged.get('script-src') ?? [])]));
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The _headers file: security headers everywhere, then cache lifetimes by path. */
export function headersFile({ policy, topLevel, searchFiles }: { policy: string; topLevel: { name: string; isDirectory: boolean }[]; searchFiles: string[] }): string {
  const rule = (pattern: string, headers: Record<string, string>) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const rules = [
    '# Ditulis oleh src/integrations/security-headers.ts saat build; jangan diedit.',
    rule('/*', { 'Content-Security-Policy': policy, ...SECURITY_HEADERS }),
    rule('/_astro/*', { 'Cache-Control': CACHE_FOREVER }),
    rule('/', { 'Cache-Control': CACHE_REVALIDATE }),
  ];
  // Each rule names its own paths, so no two rules give one file two Cache-Control values
  // (Cloudflare Pages would join them with a comma).
  for (const entry of topLevel) {
    if (['_astro', 'pagefind', '_headers', '_redirects'].includes(entry.name)) continue;
    rules.push(rule(entry.isDirectory ? `/${entry.name}/*` : `/${entry.name}`, { 'Cache-Control': CACHE_REVALIDATE }));
  }
  for (const file of searchFiles) {
    // Pagefind names its index, fragments, filters and metadata by content hash; the loader,
    // the entry file and the WebAssembly keep fixed names.
    if (/^(index|fragment|filter)\//.test(file)) continue;
    rules.push(rule(`/pagefind/${file}`, { 'Cache-Control': /\.pf_meta$/.test(file) ? CACHE_FOREVER : CACHE_REVALIDATE }));
  }
  for (const folder of ['index', 'fragment', 'filter']) {
    if (searchFiles.some((file) => file.startsWith(`${folder}/`))) rules.push(rule(`/pagefind/${folder}/*`, { 'Cache-Control': CACHE_FOREVER }));
  }
  return `${rules.join('\n\n')}\n`;
}

/** The first bytes of a page hold its <head>; reading only those keeps 90,000 pages fast. */
function readHead(file: string): string {
  const handle = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(16_384);
    const length = fs.readSync(handle, buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, length).toString('utf8');
    const end = text.search(/<\/head>/i);
    return end >= 0 ? text.slice(0, end) : text;
  } finally {
    fs.closeSync(handle);
  }
}

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'desa-binaan:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = new Set<string>();
        for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
          const policy = metaPolicy(readHead(path.join(entry.parentPath, entry.name)));
          if (policy) policies.add(policy);
        }
        const searchDir = path.join(root, 'pagefind');
        const searchFiles = fs.existsSync(searchDir)
          ? fs.readdirSync(searchDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(searchDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
          : [];
        const topLevel = fs.readdirSync(root, { withFileTypes: true }).map((e) => ({ name: e.name, isDirectory: e.isDirectory() }));
        const policy = headerPolicy(policies);
        const text = headersFile({ policy, topLevel, searchFiles });
        const longest = Math.max(...text.split('\n').map((line) => line.length));
        if (longest > MAX_HEADER_LINE) logger.warn(`_headers: baris terpanjang ${longest} karakter; Cloudflare Pages menolak baris di atas ${MAX_HEADER_LINE}.`);
        fs.writeFileSync(path.join(root, '_headers'), text);
        logger.info(`_headers ditulis (${policies.size} kebijakan CSP halaman digabung).`);
      },
    },
  };
}
