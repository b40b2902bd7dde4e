/**
 * Each page's CSP lists only the hashes that page uses: Astro writes its whole bundle's hashes into
 * every page, which would allow code that is not there.
 */
import { expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { pruneCspHashes } from '../../src/lib/csp-prune.ts';

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
const page = (policy: string, body: string) => `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

test('hashes of scripts and styles the page does not carry inline are removed', () => {
  const inline = 'console.log(1)';
  const html = page(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '${sha('elsewhere()')}' '${sha(inline)}'; style-src 'self' '${sha('p{}')}'`, `<script type="module" src="/_astro/a.js"></script><script>${inline}</script>`);
  expect(policyOf(pruneCspHashes(html))).toBe(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '${sha(inline)}'; style-src 'self'`);
});

test('a page without a policy, or without hashes, is left as it is', () => {
  const plain = '<!doctype html><p>Halo</p>';
  expect(pruneCspHashes(plain)).toBe(plain);
  const html = page("default-src 'self'; script-src 'self'", '<p>Halo</p>');
  expect(policyOf(pruneCspHashes(html))).toBe("default-src 'self'; script-src 'self'");
});
