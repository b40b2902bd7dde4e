/**
 * The page-weight measurer behind the byte budgets and the benchmark: it must count what a browser
 * downloads when the page opens, and nothing it downloads later.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nextPageWeight, renderBlockingScripts, scanTags, SiteWeigher, staticImports } from '../../scripts/lib/page-weight.ts';
import { lessonBudgetProblems, LESSON_BUDGET } from '../../src/lib/budgets.ts';

function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbi-weight-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}
const gz = (text: string) => zlib.gzipSync(text, { level: 6 }).length;

describe('page weight', () => {
  const css = 'body{color:#111}'.repeat(20);
  const entry = 'import{a as b}from"./shared.js";import"/_astro/side.js";b();const later=()=>import("/pagefind/pagefind.js");';
  const shared = 'export const a=()=>1;'.repeat(10);
  const side = 'console.log(1)';
  const page = (extra = '') =>
    `<!doctype html><html><head><link rel="stylesheet" href="/_astro/base.css"><script type="module" src="/_astro/entry.js"></script>${extra}</head><body><p>Halo</p></body></html>`;

  it('counts the HTML, linked stylesheets, scripts and their static imports, but not dynamic imports', () => {
    const dir = site({ 'index.html': page(), '_astro/base.css': css, '_astro/entry.js': entry, '_astro/shared.js': shared, '_astro/side.js': side });
    const weight = new SiteWeigher(dir).measure('/');
    expect(weight.assets.map((a) => a.url).sort()).toEqual(['/_astro/base.css', '/_astro/entry.js', '/_astro/shared.js', '/_astro/side.js']);
    expect(weight.css).toBe(gz(css));
    expect(weight.js).toBe(gz(entry) + gz(shared) + gz(side));
    expect(weight.total).toBe(weight.html + weight.css + weight.js);
  });

  it('follows imports inside inline module scripts', () => {
    const dir = site({ 'a/index.html': `<html><head></head><body><script type="module">import"/_astro/side.js";</script></body></html>`, '_astro/side.js': side });
    expect(new SiteWeigher(dir).measure('/a/').js).toBe(gz(side));
  });

  it('counts on a next page only the assets the previous page did not load', () => {
    const dir = site({
      'index.html': page(),
      'b/index.html': page('<link rel="stylesheet" href="/_astro/lesson.css">'),
      '_astro/base.css': css,
      '_astro/lesson.css': 'main{margin:0}',
      '_astro/entry.js': entry,
      '_astro/shared.js': shared,
      '_astro/side.js': side,
    });
    const weigher = new SiteWeigher(dir);
    const next = nextPageWeight(weigher.measure('/b/'), weigher.measure('/'));
    expect(next.newAssets).toEqual(['/_astro/lesson.css']);
    expect(next.total).toBe(next.html + gz('main{margin:0}'));
  });

  it('fails loudly when a page links a file that was not built', () => {
    const dir = site({ 'index.html': page() });
    expect(() => new SiteWeigher(dir).measure('/')).toThrow(/base\.css/);
  });
});

describe('render-blocking scripts', () => {
  const blocking = (head: string) => renderBlockingScripts(scanTags(`<html><head>${head}</head><body><script>late()</script></body></html>`));

  it('flags classic scripts in <head> without defer or async', () => {
    expect(blocking('<script src="/a.js"></script>')).toEqual(['<script src="/a.js">']);
    expect(blocking('<script>document.documentElement.className="js"</script>')).toHaveLength(1);
  });

  it('accepts module, deferred and async scripts, data blocks, and scripts in <body>', () => {
    expect(blocking('<script type="module" src="/a.js"></script><script defer src="/b.js"></script><script async src="/c.js"></script><script type="application/ld+json">{}</script>')).toEqual([]);
  });
});

describe('static imports', () => {
  it('finds minified import and re-export statements, not dynamic imports', () => {
    expect(staticImports('import{x as y}from"./a.js";export{z}from"./b.js";import"./c.js";import("./d.js")')).toEqual(['./a.js', './b.js', './c.js']);
  });
});

describe('lesson budget', () => {
  it('names the page and the figures when a lesson is too heavy', () => {
    const problems = lessonBudgetProblems({
      path: '/pelajaran/x/', html: 25_000, css: 4_000, js: 16_000, total: 45_000,
      next: { html: 25_000, css: 1_000, js: 0, total: 26_000 },
    });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('/pelajaran/x/');
    expect(problems[0]).toContain('45.0 kB');
    expect(problems[1]).toContain('16.0 kB');
    expect(problems[2]).toContain('26.0 kB (HTML 25.0 kB + CSS 1.0 kB + JS 0.0 kB)');
  });

  it('accepts a lesson exactly at the limits', () => {
    const next = { html: 8_000, css: 1_000, js: 1_000, total: LESSON_BUDGET.nextPage };
    expect(lessonBudgetProblems({ path: '/p/', html: 10_000, css: 5_000, js: LESSON_BUDGET.js, total: LESSON_BUDGET.firstVisit, next })).toEqual([]);
  });
});
