/**
 * The _headers file written after the build: the same Content Security Policy as the pages'
 * <meta>, the headers a <meta> cannot carry, and cache lifetimes that never give one file two.
 */
import { describe, expect, it } from 'vitest';
import { CACHE_FOREVER, CACHE_REVALIDATE, headerPolicy, headersFile, metaPolicy, parsePolicy } from '../../src/integrations/security-headers.ts';

const pageA = "default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self' 'sha256-SSS=';";
const pageB = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-BBB='; style-src 'self';";

/** Rule pattern → header lines, from the written file. */
function rules(text: string): Map<string, Map<string, string>> {
  const found = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) found.set(line.trim(), (current = new Map()));
    else current!.set(line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim());
  }
  return found;
}

describe('header Content Security Policy', () => {
  it('admits the hashes of every page and forbids framing, without unsafe-inline', () => {
    const policy = parsePolicy(headerPolicy([pageA, pageB]));
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-AAA='", "'sha256-BBB='"]);
    expect(policy.get('style-src')).toContain("'sha256-SSS='");
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(headerPolicy([pageA])).not.toContain('unsafe-inline');
  });

  it('reads the policy from a built page', () => {
    expect(metaPolicy(`<head><meta http-equiv="content-security-policy" content="${pageA}"></head>`)).toBe(pageA);
    expect(metaPolicy('<head></head>')).toBeUndefined();
  });
});

describe('_headers file', () => {
  const text = headersFile({
    policy: headerPolicy([pageA]),
    topLevel: [
      { name: '_astro', isDirectory: true },
      { name: 'desa', isDirectory: true },
      { name: 'pagefind', isDirectory: true },
      { name: 'favicon.svg', isDirectory: false },
    ],
    searchFiles: ['pagefind.js', 'pagefind-entry.json', 'wasm.id.pagefind', 'pagefind.id_abc.pf_meta', 'index/id_1.pf_index', 'fragment/id_2.pf_fragment'],
  });
  const parsed = rules(text);

  it('sends the security headers with every file', () => {
    const all = parsed.get('/*')!;
    expect(all.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(all.get('X-Content-Type-Options')).toBe('nosniff');
    expect(all.get('Referrer-Policy')).toBe('no-referrer');
    expect(all.get('Permissions-Policy')).toBe('camera=(), microphone=(), geolocation=()');
    expect(all.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(all.has('Cache-Control')).toBe(false);
  });

  it('caches hashed files for a year and revalidates pages and the search entry file', () => {
    expect(parsed.get('/_astro/*')!.get('Cache-Control')).toBe(CACHE_FOREVER);
    expect(parsed.get('/pagefind/fragment/*')!.get('Cache-Control')).toBe(CACHE_FOREVER);
    expect(parsed.get('/pagefind/index/*')!.get('Cache-Control')).toBe(CACHE_FOREVER);
    expect(parsed.get('/pagefind/pagefind.id_abc.pf_meta')!.get('Cache-Control')).toBe(CACHE_FOREVER);
    for (const path of ['/', '/desa/*', '/favicon.svg', '/pagefind/pagefind-entry.json', '/pagefind/pagefind.js', '/pagefind/wasm.id.pagefind']) {
      expect(parsed.get(path)?.get('Cache-Control'), path).toBe(CACHE_REVALIDATE);
    }
  });

  it('uses only patterns Netlify accepts (nothing after a *)', () => {
    for (const pattern of parsed.keys()) expect(pattern).toMatch(/^\/[^*]*\*?$/);
  });
});
