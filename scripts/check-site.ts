/**
 * `npm run check`: every check an editor needs before a pull request, in one command, with all
 * problems listed at once in Indonesian, each with its file and line or field:
 *   1. the content check (schemas, references, review dates, plain language: validateContent),
 *      and placeholders left from `npm run baru`;
 *   2. the site is built when the build is missing or older than content/, src/ or public/;
 *   3. on the built pages: internal links and #anchors, vague link labels, HTML validity.
 * Exits 1 when there is any error; warnings are listed and let it pass.
 *
 * Options: --build (always build first), --no-build (check the existing build as it is),
 * --all (check every page even on a very large site; by default large groups of similar
 * pages are sampled). OUT_DIR and KONTEN_DIR work as for the build.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { validateContent } from '../src/lib/content/validate.ts';
import { formatProblem, type Problem } from '../src/lib/content/problems.ts';
import { CONTENT_ROOT } from '../src/lib/content/paths.ts';
import { findPlaceholders } from '../src/lib/checks/placeholders.ts';
import { staleReason } from '../src/lib/checks/build-freshness.ts';

const { values: flags } = parseArgs({ options: { build: { type: 'boolean' }, 'no-build': { type: 'boolean' }, all: { type: 'boolean' } } });
const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
const outName = outDir.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), outDir) : outDir;
const started = performance.now();
const seconds = (ms: number) => `${(ms / 1000).toLocaleString('id-ID', { maximumFractionDigits: 1 })} detik`;

function print(title: string, problems: Problem[]) {
  console.log(`\n== ${title} ==\n`);
  if (problems.length === 0) console.log('Tidak ada masalah.');
  for (const problem of problems) console.log(formatProblem(problem) + '\n');
}
const count = (problems: Problem[], level: Problem['level']) => problems.filter((p) => p.level === level).length;

// 1. Content, and placeholders the content check has not already reported on the same line.
const { problems: contentProblems, content } = validateContent();
const reported = new Set(contentProblems.filter((p) => p.level === 'error').map((p) => `${p.file}:${p.line}`));
const placeholders = findPlaceholders(CONTENT_ROOT).filter((p) => !reported.has(`${p.file}:${p.line}`));
const ownProblems = [...contentProblems, ...placeholders].sort(
  (a, b) => (a.level === b.level ? a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) : a.level === 'error' ? -1 : 1),
);
print('1. Isi (content/)', ownProblems);

if (count(ownProblems, 'error') > 0) {
  console.error(
    `✗ Pemeriksaan: ${count(ownProblems, 'error')} galat dan ${count(ownProblems, 'warning')} peringatan di isi.\n` +
      '  Perbaiki galat di atas dulu, lalu jalankan "npm run check" lagi: halaman baru dibangun dan diperiksa (tautan, HTML) setelah isinya benar.',
  );
  process.exit(1);
}

// 2. Build when needed.
const reason = flags.build ? 'diminta dengan --build' : flags['no-build'] ? undefined : staleReason(outDir, [CONTENT_ROOT, 'src', 'public', 'astro.config.mjs']);
if (reason) {
  console.log(`\n== 2. Membangun situs ke ${outName}/ (${reason}) ==\n`);
  const buildStart = performance.now();
  const astro = path.resolve('node_modules/astro/bin/astro.mjs');
  const build = spawnSync(process.execPath, [astro, 'build'], { env: { ...process.env, OUT_DIR: outDir }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (build.status !== 0) {
    // Astro's own words, without colours and stack traces: the [ERROR] lines name the page or file.
    const lines = `${build.stdout ?? ''}\n${build.stderr ?? ''}`
      .replace(/\u001b\[[0-9;]*m/g, '')
      .split('\n')
      .filter((line) => line.trim() && !/^\s+at /.test(line));
    const errors = lines.filter((line) => /\[ERROR\]|error/i.test(line));
    const output = (errors.length ? errors : lines).slice(-30).join('\n');
    console.error(`${output}\n\n✗ Build gagal (lihat pesan di atas). Jika pesannya menyebut file di content/, perbaiki file itu; jika tidak, laporkan kepada pengembang.`);
    process.exit(1);
  }
  console.log(`Selesai dalam ${seconds(performance.now() - buildStart)}.`);
} else {
  console.log(`\n== 2. Build di ${outName}/ sudah sesuai isi terbaru; tidak dibangun ulang ==`);
}

// 3. The built pages (html-validate is loaded only now: a content error answers faster).
const { checkBuiltSite } = await import('../src/lib/checks/site-check.ts');
const siteUrl = process.env.SITE_URL ?? content.site?.urlDasar;
const site = await checkBuiltSite({
  outDir,
  contentRoot: CONTENT_ROOT,
  content,
  siteOrigin: siteUrl ? new URL(siteUrl).origin : undefined,
  all: flags.all,
});
print(`3. Halaman hasil build (${outName}/): tautan, teks tautan, HTML`, site.problems);
for (const group of site.sampled) {
  console.log(`Catatan: halaman ${group.group}: ${group.checked} dari ${group.total} diperiksa (contoh merata). Jalankan "npm run check -- --all" untuk memeriksa semuanya.`);
}

const all = [...ownProblems, ...site.problems];
const summary =
  `${count(all, 'error')} galat, ${count(all, 'warning')} peringatan; ${site.pagesChecked} dari ${site.pagesTotal} halaman diperiksa ` +
  `(tautan ${seconds(site.timings.links)}, HTML ${seconds(site.timings.html)}; seluruhnya ${seconds(performance.now() - started)}).`;
if (count(all, 'error') > 0) {
  console.error(`\n✗ Pemeriksaan gagal: ${summary}\n  Perbaiki galat di atas; setiap pesan menyebut file dan baris atau kolomnya.`);
  process.exit(1);
}
console.log(`\n✓ Semua pemeriksaan lulus: ${summary}`);
