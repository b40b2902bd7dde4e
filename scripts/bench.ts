/**
 * `npm run bench`: how heavy the pages are, how they score, what a search costs, and how the build
 * grows from one kabupaten to all of Indonesia. Writes bench/REPORT.md and prints the same.
 *
 *   npm run bench                    Bangka Tengah + a 10,000-village synthetic area
 *   npm run bench -- --national      also the national list of 83,762 villages (long)
 *   npm run bench -- --quick         Bangka Tengah only (no scale builds)
 *   npm run bench -- --no-lighthouse skip Lighthouse
 *   npm run bench -- --keep          keep the built folders (bench/out/)
 *
 * Every build is a cold `astro build` (fresh cache) with Pagefind switched off (PAGEFIND=0), then
 * Pagefind on its own (scripts/lib/index-search.ts): each is timed and its peak memory sampled.
 * Builds go to a RAM disk (/dev/shm) when there is one: on disk, writing ~100,000 folders again
 * and again gets slower run after run, which would blur the comparison.
 * Byte counts are exact and repeatable; timings depend on the machine and on what else runs on it
 * (the report gives the load average). Budgets are enforced by the tests, not here.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { allHtmlPaths, countFiles, folderBytes, sitemapPaths } from './lib/built-site.ts';
import { lighthouseScores, CATEGORIES, type LighthouseResult } from './lib/lighthouse.ts';
import { measure, type Measured } from './lib/measure-process.ts';
import { lessonPaths, pagesByType } from './lib/page-types.ts';
import { nextPageWeight, SiteWeigher, type PageWeight } from './lib/page-weight.ts';
import { measureSearchBytes, type SearchBytes } from './lib/search-bytes.ts';
import { serveSite } from './lib/serve-site.ts';
import { KB, LESSON_BUDGET } from '../src/lib/budgets.ts';
import { measureOfflineSize, type OfflineSize } from './lib/offline-size.ts';

const { values: options } = parseArgs({
  options: {
    national: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});

const ROOT = process.cwd();
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
const WILAYAH_CSV = path.join(ROOT, 'data/wilayah-indonesia-desa.csv');
const REPORT = path.join(ROOT, 'bench/REPORT.md');
const OUT = path.join(ROOT, 'bench/out');
const SYNTHETIC_VILLAGES = 10_000;
const QUERIES = ['paspor', 'kerja di malaysia'] as const;

/** Where the builds happen: RAM when available. Astro needs the output inside the project, so bench/out/<name> links there. */
const ramDisk = fs.existsSync('/dev/shm') && fs.statSync('/dev/shm').isDirectory() ? '/dev/shm' : undefined;
const workRoot = fs.mkdtempSync(path.join(ramDisk ?? os.tmpdir(), 'dbi-bench-'));

interface Scale {
  key: string;
  label: string;
  /** Content folder; undefined = the project's own content/. */
  content?: string;
  importStep?: Measured;
}

interface ScaleResult {
  scale: Scale;
  siteDir: string;
  pages: number;
  villages: number;
  astro: Measured;
  pagefind: Measured;
  outputFiles: number;
  /** Bytes of all output files, uncompressed (what a host stores). */
  outputBytes: number;
  searchFiles: number;
  /** Pages Pagefind put in the index (national builds index the directory's upper levels only). */
  indexedPages?: number;
  villagePage?: PageWeight;
  search?: SearchBytes;
  offline?: OfflineSize;
}

const fmtKb = (bytes: number | undefined) => (bytes === undefined ? '–' : `${(bytes / KB).toFixed(1)}`);
const fmtS = (seconds: number) => (seconds >= 100 ? seconds.toFixed(0) : seconds.toFixed(1));
const fmtMem = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${Math.round(bytes / 1e6)} MB`);
const fmtInt = (n: number) => n.toLocaleString('en-US');
const log = (line: string) => console.log(`[bench] ${line}`);

function fail(what: string, run: Measured, logFile: string): never {
  console.error(`\n${what} gagal (kode ${run.exitCode}). Log lengkap: ${path.relative(ROOT, logFile)}\n${run.tail}`);
  process.exit(1);
}

/** A content folder with this project's lessons, journeys and contacts and an imported area. */
async function scaleContent(key: string, label: string, rows?: number): Promise<Scale> {
  const content = path.join(workRoot, key, 'konten');
  fs.mkdirSync(content, { recursive: true });
  for (const part of ['situs.yaml', 'kontak', 'pelajaran', 'langkah']) fs.cpSync(path.join(ROOT, 'content', part), path.join(content, part), { recursive: true });
  let csv = WILAYAH_CSV;
  if (rows) {
    csv = path.join(workRoot, key, 'wilayah.csv');
    fs.writeFileSync(csv, fs.readFileSync(WILAYAH_CSV, 'utf8').split('\n').slice(0, rows + 1).join('\n') + '\n');
  }
  log(`${label}: impor wilayah …`);
  const logFile = path.join(workRoot, key, 'import.log');
  const importStep = await measure(process.execPath, ['scripts/import-wilayah.ts', 'semua', '--konten', content, '--data', csv], { env: process.env, logFile, cwd: ROOT });
  if (importStep.exitCode !== 0) fail(`Impor wilayah (${label})`, importStep, logFile);
  return { key, label, content, importStep };
}

async function buildScale(scale: Scale): Promise<ScaleResult> {
  const site = path.join(workRoot, scale.key, 'site');
  fs.mkdirSync(site, { recursive: true });
  // Astro's prerender bundle is written next to the output and imports packages by name.
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(site, 'node_modules'));
  fs.mkdirSync(OUT, { recursive: true });
  const linked = path.join(OUT, scale.key);
  fs.rmSync(linked, { recursive: true, force: true });
  if (ramDisk) fs.symlinkSync(site, linked);
  else fs.mkdirSync(linked);
  const siteDir = path.join(linked, 'dist');

  const env = {
    ...process.env,
    OUT_DIR: siteDir,
    ASTRO_CACHE_DIR: path.join(workRoot, scale.key, 'cache'),
    PAGEFIND: '0',
    ...(scale.content ? { KONTEN_DIR: scale.content } : {}),
  };
  log(`${scale.label}: astro build …`);
  const buildLog = path.join(workRoot, scale.key, 'build.log');
  const astro = await measure(process.execPath, [ASTRO, 'build'], { env, logFile: buildLog, cwd: ROOT });
  if (astro.exitCode !== 0) fail(`astro build (${scale.label})`, astro, buildLog);
  if (fs.existsSync(path.join(siteDir, 'pagefind'))) {
    console.error('src/integrations/pagefind.ts tidak memeriksa PAGEFIND=0: waktu Pagefind tidak bisa dipisahkan.');
    process.exit(1);
  }
  log(`${scale.label}: astro build ${fmtS(astro.seconds)} s, Pagefind …`);
  const pagefindLog = path.join(workRoot, scale.key, 'pagefind.log');
  const pagefind = await measure(process.execPath, ['scripts/lib/index-search.ts', siteDir], { env: process.env, logFile: pagefindLog, cwd: ROOT });
  if (pagefind.exitCode !== 0) fail(`Pagefind (${scale.label})`, pagefind, pagefindLog);
  log(`${scale.label}: Pagefind ${fmtS(pagefind.seconds)} s`);

  const types = pagesByType(siteDir);
  const village = types.find((t) => t.type === 'village');
  const sitemap = sitemapPaths(siteDir);
  const villageDepth = village ? village.path.split('/').filter(Boolean).length : 0;
  return {
    scale,
    siteDir,
    pages: allHtmlPaths(siteDir).length,
    villages: sitemap.filter((p) => p.startsWith('/desa/') && p.split('/').filter(Boolean).length === villageDepth && !p.endsWith('/poster/')).length,
    astro,
    pagefind,
    outputFiles: countFiles(siteDir),
    outputBytes: folderBytes(siteDir),
    searchFiles: countFiles(path.join(siteDir, 'pagefind')),
    indexedPages: indexedPages(pagefind.tail),
    villagePage: village ? new SiteWeigher(siteDir).measure(village.path) : undefined,
  };
}

/** scripts/lib/index-search.ts prints Pagefind's report as its last line. */
function indexedPages(output: string): number | undefined {
  const last = output.trim().split('\n').at(-1) ?? '';
  try {
    return (JSON.parse(last) as { pageCount?: number }).pageCount;
  } catch {
    return undefined;
  }
}

async function main() {
  const started = new Date();
  const loadBefore = os.loadavg();
  const bangkaTengah = await buildScale({ key: 'bangka-tengah', label: 'Bangka Tengah' });
  const results: ScaleResult[] = [bangkaTengah];

  // Page weights, from the Bangka Tengah build.
  const weigher = new SiteWeigher(bangkaTengah.siteDir);
  const types = pagesByType(bangkaTengah.siteDir);
  const home = weigher.measure('/');
  const weights = types.map((t) => ({ ...t, weight: weigher.measure(t.path) }));
  const lessons = lessonPaths(sitemapPaths(bangkaTengah.siteDir)).map((p) => {
    const weight = weigher.measure(p);
    return { path: p, weight, next: nextPageWeight(weight, home) };
  });

  // Lighthouse and search, served like a static host would (scripts/serve.ts with _headers).
  let lighthouse: (LighthouseResult & { label: string })[] = [];
  if (!options['no-lighthouse']) {
    const server = await serveSite(bangkaTengah.siteDir);
    try {
      const targets = types.filter((t) => ['home', 'lesson', 'village', 'search'].includes(t.type));
      log(`Lighthouse: ${targets.map((t) => t.path).join(', ')} …`);
      const scores = await lighthouseScores(targets.map((t) => `${server.url}${t.path}`));
      lighthouse = scores.map((s, i) => ({ ...s, label: `${targets[i].label} (${targets[i].path})` }));
    } finally {
      server.close();
    }
  }

  if (!options.quick) results.push(await buildScale(await scaleContent('sintetis-10000', `${fmtInt(SYNTHETIC_VILLAGES)} desa (sintetis)`, SYNTHETIC_VILLAGES)));
  if (options.national) results.push(await buildScale(await scaleContent('nasional', 'Nasional', undefined)));

  for (const result of results) {
    log(`${result.scale.label}: pencarian …`);
    result.search = await measureSearchBytes({ siteDir: result.siteDir, firstQuery: QUERIES[0], secondQuery: QUERIES[1] });
    result.offline = measureOfflineSize(result.siteDir);
  }

  const report = writeReport({ started, loadBefore, loadAfter: os.loadavg(), results, weights, home, lessons, lighthouse });
  fs.mkdirSync(path.dirname(REPORT), { recursive: true });
  fs.writeFileSync(REPORT, report);
  console.log(`\n${report}`);
  log(`ditulis ke ${path.relative(ROOT, REPORT)}`);

  if (!options.keep) {
    for (const result of results) fs.rmSync(path.join(OUT, result.scale.key), { recursive: true, force: true });
    fs.rmSync(workRoot, { recursive: true, force: true });
  } else log(`folder build disimpan: ${path.relative(ROOT, OUT)}/ (→ ${workRoot})`);
}

function writeReport({
  started,
  loadBefore,
  loadAfter,
  results,
  weights,
  home,
  lessons,
  lighthouse,
}: {
  started: Date;
  loadBefore: number[];
  loadAfter: number[];
  results: ScaleResult[];
  weights: { type: string; label: string; path: string; weight: PageWeight }[];
  home: PageWeight;
  lessons: { path: string; weight: PageWeight; next: ReturnType<typeof nextPageWeight> }[];
  lighthouse: (LighthouseResult & { label: string })[];
}): string {
  const lines: string[] = [];
  const cpu = os.cpus();
  lines.push('# Benchmark report', '');
  lines.push(
    `Generated by \`npm run bench${options.national ? ' -- --national' : ''}\` on ${started.toISOString().slice(0, 10)} ` +
      `(${started.toISOString().slice(11, 16)} UTC) · ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'} · ${Math.round(os.totalmem() / 2 ** 30)} GB RAM · ` +
      `Node ${process.versions.node} · builds in ${ramDisk ? 'RAM (/dev/shm)' : 'the temp folder on disk'} · ` +
      `load average ${loadBefore[0].toFixed(1)} at the start, ${loadAfter[0].toFixed(1)} at the end.`,
    '',
    'Sizes are gzipped bytes (1 kB = 1,000 bytes) as a static host sends them, read from the built files: exact and repeatable. ' +
      'Times and memory depend on the machine and on what else it was running; a load average above the number of cores means other work shared the CPU.',
    '',
  );

  lines.push(...targets({ results, lessons, lighthouse }), '');

  lines.push('## Page weight (Bangka Tengah)', '');
  lines.push(
    '*First visit*: the HTML plus every stylesheet and script the page loads (with their static imports), nothing cached. ' +
      '*Next page*: the same page opened after the home page: its HTML plus what the home page did not load already.',
    '',
  );
  lines.push('| Page | Path | HTML | CSS | JS | First visit | Next page |', '|---|---|--:|--:|--:|--:|--:|');
  for (const { label, path: p, weight } of weights) {
    const next = p === '/' ? undefined : nextPageWeight(weight, home);
    lines.push(`| ${label} | \`${p}\` | ${fmtKb(weight.html)} | ${fmtKb(weight.css)} | ${fmtKb(weight.js)} | **${fmtKb(weight.total)}** | ${next ? fmtKb(next.total) : '–'} |`);
  }
  lines.push('');
  if (lessons.length > 0) {
    const worst = (pick: (l: (typeof lessons)[number]) => number) => lessons.reduce((a, b) => (pick(b) > pick(a) ? b : a));
    const heaviest = worst((l) => l.weight.total);
    const mostJs = worst((l) => l.weight.js);
    const heaviestNext = worst((l) => l.next.total);
    lines.push(
      `All ${lessons.length} lessons against the budget (enforced by tests/e2e/budgets.spec.ts): heaviest first visit ${fmtKb(heaviest.weight.total)} kB (\`${heaviest.path}\`, budget ${fmtKb(LESSON_BUDGET.firstVisit)}), ` +
        `most JavaScript ${fmtKb(mostJs.weight.js)} kB (budget ${fmtKb(LESSON_BUDGET.js)}), heaviest next page ${fmtKb(heaviestNext.next.total)} kB (\`${heaviestNext.path}\`, budget ${fmtKb(LESSON_BUDGET.nextPage)}).`,
      '',
    );
  }

  if (lighthouse.length > 0) {
    lines.push('## Lighthouse (mobile, Debian Chromium, served by scripts/serve.ts without compression)', '');
    lines.push('Each page ran three times; the run with the median performance score is shown.', '');
    lines.push(`| Page | ${CATEGORIES.join(' | ')} | Audits that cost points |`, `|---|${CATEGORIES.map(() => '--:').join('|')}|---|`);
    for (const r of lighthouse) lines.push(`| ${r.label} | ${CATEGORIES.map((c) => r.scores[c] ?? '–').join(' | ')} | ${r.missed.join(', ') || '–'} |`);
    lines.push('');
  }

  lines.push('## Search', '');
  lines.push(
    `Search files (\`/pagefind/\`) fetched in Chromium on \`/cari/\`: the first query "${QUERIES[0]}" (loader, WebAssembly, entry, index chunks and result fragments), ` +
      `then a second query "${QUERIES[1]}" (only what the first did not fetch). JavaScript and JSON counted gzipped; Pagefind's own files are compressed already.`,
    '',
  );
  lines.push('| Area | First query | files | Second query | files | Index files |', '|---|--:|--:|--:|--:|--:|');
  for (const r of results) {
    if (!r.search) continue;
    lines.push(`| ${r.scale.label} | **${fmtKb(r.search.first.wireBytes)} kB** | ${r.search.first.files.length} | ${fmtKb(r.search.second.wireBytes)} kB | ${r.search.second.files.length} | ${fmtInt(r.search.indexFiles)} |`);
  }
  lines.push('');

  lines.push('## Offline', '');
  lines.push(
    'What the service worker precaches on a first visit (the shell: bundles, icons, home, contacts, offline page), `sw.js` itself, ' +
      'and what "Simpan untuk offline" downloads (every lesson, deck, notes, handout, guide, journey, contacts and the search index), ' +
      'in full and after the precache (the size the button announces). Gzipped as sent / as stored on the device.',
    '',
  );
  lines.push('| Area | Precache | sw.js | Offline package | pages | After precache |', '|---|--:|--:|--:|--:|--:|');
  for (const r of results) {
    const o = r.offline;
    if (!o) continue;
    const pair = (w: { gzipBytes: number; bytes: number }) => `${fmtKb(w.gzipBytes)} / ${fmtKb(w.bytes)} kB`;
    lines.push(`| ${r.scale.label} | ${pair(o.precache)} (${fmtInt(o.precache.files)} files) | ${pair(o.serviceWorker)} | ${pair(o.package)} (${fmtInt(o.package.files)} files) | ${fmtInt(o.package.pages)} | ${pair(o.packageAfterPrecache)} |`);
  }
  lines.push('');

  lines.push('## Build', '');
  lines.push(
    'Cold `astro build` (fresh cache, PAGEFIND=0), then Pagefind alone on the result. Peak memory: the largest resident memory of the process and its children, sampled every 100 ms.',
    '',
  );
  lines.push(
    '| Area | Villages | Pages | astro build | peak memory | ms per page | Pagefind | peak memory | Pages indexed | Total | Output files | of which Pagefind | Output size | Village page HTML / first visit |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  );
  for (const r of results) {
    const msPerPage = (r.astro.seconds * 1000) / r.pages;
    lines.push(
      `| ${r.scale.label} | ${fmtInt(r.villages)} | ${fmtInt(r.pages)} | ${fmtS(r.astro.seconds)} s | ${fmtMem(r.astro.peakRss)} | ${msPerPage.toFixed(2)} | ${fmtS(r.pagefind.seconds)} s | ${fmtMem(r.pagefind.peakRss)} | ${r.indexedPages === undefined ? '–' : fmtInt(r.indexedPages)} | **${fmtS(r.astro.seconds + r.pagefind.seconds)} s** | ${fmtInt(r.outputFiles)} | ${fmtInt(r.searchFiles)} | ${fmtMem(r.outputBytes)} | ${fmtKb(r.villagePage?.html)} / ${fmtKb(r.villagePage?.total)} kB |`,
    );
  }
  lines.push('');
  const imports = results.filter((r) => r.scale.importStep);
  if (imports.length > 0) {
    lines.push(`Preparing the content (\`import-wilayah semua --konten <copy>\`, not part of the build): ${imports.map((r) => `${r.scale.label} ${fmtS(r.scale.importStep!.seconds)} s`).join(', ')}.`, '');
  }
  const base = results[0];
  const total = (r: ScaleResult) => r.astro.seconds + r.pagefind.seconds;
  const perPage = (r: ScaleResult) => total(r) / r.pages;
  for (const r of results.slice(1)) {
    const marginal = (total(r) - total(base)) / (r.pages - base.pages);
    lines.push(
      `${r.scale.label} against Bangka Tengah, time per page (astro build + Pagefind): ${(perPage(r) * 1000).toFixed(2)} ms vs ${(perPage(base) * 1000).toFixed(2)} ms, ratio **${(perPage(r) / perPage(base)).toFixed(2)}**; ` +
        `each page beyond Bangka Tengah's added ${(marginal * 1000).toFixed(2)} ms. (Bangka Tengah's time is mostly the fixed cost of bundling, so the big build is cheaper per page.)`,
      '',
    );
  }
  if (!options.national) lines.push('', 'National build not run this time (`npm run bench -- --national`).');
  lines.push('');
  return lines.join('\n');
}

/** The "numbers to reach" of DESIGN.md and issue 10, each with what this run measured. */
function targets({ results, lessons, lighthouse }: { results: ScaleResult[]; lessons: { weight: PageWeight; next: ReturnType<typeof nextPageWeight> }[]; lighthouse: LighthouseResult[] }): string[] {
  const rows: [string, string, boolean | undefined][] = [];
  const max = (values: number[]) => (values.length ? Math.max(...values) : undefined);
  const heaviest = max(lessons.map((l) => l.weight.total));
  const mostJs = max(lessons.map((l) => l.weight.js));
  const heaviestNext = max(lessons.map((l) => l.next.total));
  if (heaviest !== undefined) {
    rows.push([`Lesson first visit ≤ ${fmtKb(LESSON_BUDGET.firstVisit)} kB (aim 20)`, `${fmtKb(heaviest)} kB (heaviest of ${lessons.length})`, heaviest <= LESSON_BUDGET.firstVisit]);
    rows.push([`Lesson JavaScript ≤ ${fmtKb(LESSON_BUDGET.js)} kB`, `${fmtKb(mostJs)} kB`, mostJs! <= LESSON_BUDGET.js]);
    rows.push([`Next page ≤ ${fmtKb(LESSON_BUDGET.nextPage)} kB`, `${fmtKb(heaviestNext)} kB (heaviest lesson)`, heaviestNext! <= LESSON_BUDGET.nextPage]);
  }
  if (lighthouse.length > 0) {
    const lowest = Math.min(...lighthouse.flatMap((r) => CATEGORIES.map((c) => r.scores[c] ?? 0)));
    rows.push(['Lighthouse mobile 100 in all four categories, four pages', `lowest ${lowest}`, lowest === 100]);
  }
  const base = results[0];
  const search = (r: ScaleResult | undefined) => r?.search?.first.wireBytes;
  if (search(base) !== undefined) rows.push(['First search ≤ 100 kB (Bangka Tengah)', `${fmtKb(search(base))} kB`, search(base)! <= 100 * KB]);
  const national = results.find((r) => r.scale.key === 'nasional');
  if (search(national) !== undefined) rows.push(['First search ≤ 150 kB (national)', `${fmtKb(search(national))} kB`, search(national)! <= 150 * KB]);
  rows.push(['Bangka Tengah build ≤ 30 s', `${fmtS(base.astro.seconds + base.pagefind.seconds)} s`, base.astro.seconds + base.pagefind.seconds <= 30]);
  const biggest = results.at(-1)!;
  if (biggest !== base) {
    const marginal = (biggest.astro.seconds + biggest.pagefind.seconds - base.astro.seconds - base.pagefind.seconds) / (biggest.pages - base.pages);
    rows.push(['Village pages ≤ 1.5 ms each', `${(marginal * 1000).toFixed(2)} ms per added page (${biggest.scale.label})`, marginal <= 0.0015]);
  }
  if (national) {
    const seconds = national.astro.seconds + national.pagefind.seconds;
    const peak = Math.max(national.astro.peakRss ?? 0, national.pagefind.peakRss ?? 0);
    rows.push(['National build with Pagefind ≤ 6 min', `${(seconds / 60).toFixed(1)} min`, seconds <= 360]);
    rows.push(['National peak memory ≤ 4 GB', fmtMem(peak), peak <= 4e9]);
  }
  return [
    '## Targets',
    '',
    '| Target | Measured | Met |',
    '|---|---|:-:|',
    ...rows.map(([target, measured, met]) => `| ${target} | ${measured} | ${met === undefined ? '–' : met ? 'yes' : '**no**'} |`),
  ];
}

await main();
