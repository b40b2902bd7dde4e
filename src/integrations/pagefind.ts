/**
 * Runs Pagefind after `astro build` (Starlight's approach): the whole output folder is indexed
 * and the search bundle is written to <outDir>/pagefind/. A Pagefind error fails the build.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from '../lib/search/build-index.ts';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'desa-binaan:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.PAGEFIND === '0') return logger.info('PAGEFIND=0: indeks tidak dibuat (npm run bench mengukur Pagefind terpisah)');
        const started = performance.now();
        const report = await buildSearchIndex(fileURLToPath(dir));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${report.pageCount} halaman diindeks (dari ${report.filesRead} file HTML), ${report.fileCount} file indeks, ${seconds} s`);
        const levels = report.directoryLevels;
        if (levels && levels.indexed < levels.total) {
          logger.info(`Wilayah besar: ${levels.indexed} dari ${levels.total} tingkat direktori diindeks; desa ditemukan lewat halaman wilayah di atasnya.`);
        }
      },
    },
  };
}
