/**
 * `node scripts/lib/index-search.ts <site folder>`: builds the Pagefind index of an already built
 * site with the same settings as the build (src/lib/search/build-index.ts). The benchmark builds
 * with PAGEFIND=0 and runs this as its own process, so Pagefind's time and memory are measured apart.
 */
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('Pakai: node scripts/lib/index-search.ts <folder situs>');
  process.exit(2);
}
const report = await buildSearchIndex(dir);
console.log(JSON.stringify(report));
