// @ts-check
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { parse } from 'yaml';
import pagefind from './src/integrations/pagefind.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import securityHeaders, { contentSecurityPolicy } from './src/integrations/security-headers.ts';
import cssLayerOrder from './src/integrations/css-layer-order.ts';
import contentGuard from './src/integrations/content-guard.ts';

// The published address comes from the editors' settings file (content/situs.yaml);
// SITE_URL overrides it for a preview deployment. A missing, broken or hostile settings file must
// not stop the build here with a stack trace: the content guard (first integration) reports it to
// the editor with the file, the field and the fix.
const contentRoot = path.resolve(process.env.KONTEN_DIR ?? 'content');
const siteUrl = process.env.SITE_URL ?? readSiteUrl(path.join(contentRoot, 'situs.yaml'));

/**
 * `urlDasar` of the settings file when it reads as a web address, else undefined.
 * @param {string} file
 * @returns {string | undefined}
 */
function readSiteUrl(file) {
  try {
    const url = parse(fs.readFileSync(file, 'utf8'), { maxAliasCount: 100 })?.urlDasar;
    return typeof url === 'string' && /^https?:\/\/[^\s]+$/.test(url) ? url : undefined;
  } catch {
    return undefined;
  }
}

export default defineConfig({
  site: siteUrl,
  trailingSlash: 'always',
  // OUT_DIR and ASTRO_CACHE_DIR let two builds (e.g. the national benchmark) run side by side.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: {
    format: 'directory',
    // One cached stylesheet instead of CSS repeated in every page: the next page stays small.
    inlineStylesheets: 'never',
  },
  prefetch: false,
  // Scripts always as files, never inlined: a file is cached once for every page, while an inline
  // script is sent again with each page and adds its hash to every page's CSP (~2 kB gzipped per
  // lesson page). Other assets keep Vite's default (inline under 4 kB). One stylesheet for the
  // whole site (cssCodeSplit: false) and class-based scoping: after the first page, the next page
  // a reader opens costs its HTML only (lesson budget: next page ≤ 10 kB).
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined), cssCodeSplit: false } },
  scopedStyleStrategy: 'class',
  devToolbar: { enabled: false },
  // A <meta> Content Security Policy with hashes of Astro's scripts and styles on every page;
  // the directives live in src/integrations/security-headers.ts, which also writes dist/_headers.
  security: { csp: contentSecurityPolicy },
  // securityHeaders last: its cache rules list the files Pagefind wrote.
  // Village posters (/desa/…/poster/) and a lesson's slides, printed notes and handout repeat
  // their page for a meeting or for paper (and are noindex): not in the sitemap.
  // contentGuard first: the content check stops `astro build` before anything is rendered.
  integrations: [contentGuard(), cssLayerOrder(), mdx(), sitemap({ filter: (page) => !/\/(poster|presentasi|catatan|cetak|offline)\/$/.test(page) }), pagefind(), serviceWorker(), securityHeaders()],
});
