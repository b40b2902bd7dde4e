/**
 * Measuring a build at a given scale: prepare a content folder for an area (the Kemendagri import
 * plus a copy of the site's other content), run `astro build` under GNU time, and read the wall
 * time, CPU time and peak memory it reports. Reusable by `npm run bench`; the directory's scale
 * figures (Bangka Tengah, a province, all of Indonesia) were taken with it.
 *
 * CLI:  node scripts/lib/measure-build.ts <kode|semua> [--konten /dev/shm/dbi-33] [--out dist-scale-33] [--pagefind] [--skip-import]
 *       prints one JSON line: villages, pages, seconds, cpuSeconds, peakMb, a village page's weight.
 * The content folder goes to RAM (/dev/shm) by default, so reading 15,000 small YAML files does
 * not time the disk. The output cannot: it goes to dist-scale-<kode>/ inside the project, because
 * Astro renders an output folder outside the project in the shared <project>/.astro (two such
 * builds at once delete each other's files) and then rename()s across devices, which fails.
 * The disk slows down after many runs that delete and write 100,000 files (see STACK-NOTES.md).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Files of content/ that are not the area: copied as they are into a scale-test content folder. */
export const NON_AREA_CONTENT = ['situs.yaml', 'kontak', 'pelajaran', 'langkah'];

export interface BuildMeasurement {
  exitCode: number;
  /** Wall-clock seconds. */
  seconds: number;
  /** User + system CPU seconds (above `seconds` when work ran on both cores). */
  cpuSeconds: number;
  /** Peak resident memory of the build process tree's largest process, in MB. */
  peakMb: number;
  /** Astro's own "N page(s) built" figure, when it printed one. */
  pages?: number;
  /** The end of the build's output, for a failure message. */
  tail: string;
}

/** A content folder for `prefix` ("19.04", "33", "semua"): the import's area and officers plus the rest of content/. */
export function prepareAreaContent(prefix: string, contentDir: string, source = 'content'): { villages: number } {
  fs.rmSync(contentDir, { recursive: true, force: true });
  fs.mkdirSync(contentDir, { recursive: true });
  for (const name of NON_AREA_CONTENT) fs.cpSync(path.join(source, name), path.join(contentDir, name), { recursive: true });
  const result = spawnSync(process.execPath, ['scripts/import-wilayah.ts', prefix, '--konten', contentDir], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`impor ${prefix} gagal:\n${result.stderr}`);
  const villages = Number(/(\d+) desa\/kelurahan/.exec(result.stdout)?.[1] ?? NaN);
  return { villages };
}

/** Parses GNU time's `-v` report. */
export function parseGnuTime(report: string): Pick<BuildMeasurement, 'seconds' | 'cpuSeconds' | 'peakMb'> {
  const field = (label: string) => new RegExp(`${label}[^:]*:\\s*(.+)`).exec(report)?.[1]?.trim() ?? '';
  const clock = (/Elapsed \(wall clock\) time \([^)]*\):\s*([\d:.]+)/.exec(report)?.[1] ?? '').split(':').map(Number);
  const seconds = clock.reduce((total, part) => total * 60 + part, 0);
  return {
    seconds,
    cpuSeconds: Number(field('User time')) + Number(field('System time')),
    peakMb: Math.round(Number(field('Maximum resident set size')) / 1024),
  };
}

/** Runs `astro build` from `contentDir` into `outDir` under /usr/bin/time -v. */
export function measureBuild(options: { contentDir: string; outDir: string; cacheDir: string; pagefind?: boolean; env?: NodeJS.ProcessEnv; /** Where to keep Astro's whole output. */ logFile?: string }): BuildMeasurement {
  fs.rmSync(options.outDir, { recursive: true, force: true });
  const result = spawnSync('/usr/bin/time', ['-v', process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: {
      ...process.env,
      ...options.env,
      KONTEN_DIR: options.contentDir,
      OUT_DIR: options.outDir,
      ASTRO_CACHE_DIR: options.cacheDir,
      PAGEFIND: options.pagefind ? '1' : '0',
    },
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (options.logFile) fs.writeFileSync(options.logFile, output);
  const pages = /(\d+) page\(s\) built/.exec(output)?.[1];
  return { exitCode: result.status ?? 1, ...parseGnuTime(result.stderr), pages: pages ? Number(pages) : undefined, tail: output.slice(-3000) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { konten: { type: 'string' }, out: { type: 'string' }, pagefind: { type: 'boolean' }, 'skip-import': { type: 'boolean' } },
  });
  const prefix = positionals[0] ?? '19.04';
  const contentDir = path.resolve(values.konten ?? path.join('/dev/shm', `dbi-${prefix}`));
  const work = path.resolve(values.out ?? `dist-scale-${prefix}`);
  const started = performance.now();
  const { villages } = values['skip-import'] ? { villages: NaN } : prepareAreaContent(prefix, contentDir);
  const importSeconds = (performance.now() - started) / 1000;
  const build = measureBuild({ contentDir, outDir: path.join(work, 'site'), cacheDir: path.join(work, 'cache'), pagefind: values.pagefind, logFile: path.join(work, 'build.log') });
  if (build.exitCode !== 0) {
    console.error(build.tail);
    process.exit(1);
  }
  const { SiteWeigher } = await import('./page-weight.ts');
  const villagePage = fs.readdirSync(path.join(work, 'site', 'desa'), { recursive: true }).map(String).find((p) => p.endsWith(`${path.sep}poster${path.sep}index.html`));
  const weight = villagePage ? new SiteWeigher(path.join(work, 'site')).measure(`/desa/${path.dirname(path.dirname(villagePage))}/`) : undefined;
  console.log(JSON.stringify({ prefix, villages, importSeconds: Math.round(importSeconds), ...build, tail: undefined, villagePage: weight && { path: weight.path, html: weight.html, css: weight.css, js: weight.js, total: weight.total } }));
}
