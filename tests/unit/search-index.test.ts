/**
 * The index mechanism on a three-page site shaped like ours (header and footer ignored,
 * content in data-pagefind-body, search words as metadata): words editors add are found but
 * never shown, chrome is not indexed, and a Pagefind problem fails loudly.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSearchIndex, type SearchIndexReport } from '../../src/lib/search/build-index.ts';
import { directoryShape } from '../../src/lib/search/index-scope.ts';
import { loadSiteSearch, type NodeSearch } from '../helpers/search-node.ts';

const page = ({ title, body, words, kind }: { title: string; body: string; words?: string; kind: string }) => `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>${title} · Situs</title>
<meta name="description" content="Ringkasan ${title}." data-pagefind-meta="ringkasan[content]">
${words ? `<meta data-pagefind-meta="kataKunci[content]" content="${words}">` : ''}
<meta data-pagefind-filter="jenis[content]" content="${kind}"></head>
<body><header data-pagefind-ignore="all"><a href="/">Situs</a> <a href="https://www.google.com/search?q=cuaca">Keluar cepat</a></header>
<main><div data-pagefind-body><h1>${title}</h1><p>${body}</p></div></main>
<footer data-pagefind-ignore="all">Situs ini tidak memakai cookie. SAPA 129.</footer></body></html>`;

let site: string;
let report: SearchIndexReport;
let search: NodeSearch;

beforeAll(async () => {
  site = await fs.mkdtemp(path.join(os.tmpdir(), 'cari-'));
  const pages: Record<string, string> = {
    'langkah/bekerja-sebagai-pmi/index.html': page({
      title: 'Bekerja sebagai PMI',
      body: 'Pekerja migran Indonesia mendaftar di SIAPkerja dan berangkat lewat perusahaan penempatan resmi.',
      words: 'TKI, TKW, calo, kerja ilegal',
      kind: 'Langkah',
    }),
    'pelajaran/apa-itu-tppo/index.html': page({ title: 'Apa itu TPPO?', body: 'Tindak pidana perdagangan orang merekrut dengan tipu daya.', words: 'perdagangan manusia', kind: 'Pelajaran' }),
    'desa/koba/berok/index.html': page({ title: 'Kelurahan Berok', body: 'Kecamatan Koba, Kabupaten Bangka Tengah.', kind: 'Desa' }),
    'tentang/index.html': '<!doctype html><html lang="id"><body><p>Tentang cookie.</p></body></html>',
  };
  for (const [file, html] of Object.entries(pages)) {
    await fs.mkdir(path.dirname(path.join(site, file)), { recursive: true });
    await fs.writeFile(path.join(site, file), html);
  }
  report = await buildSearchIndex(site);
  search = await loadSiteSearch(site);
});

afterAll(async () => {
  await fs.rm(site, { recursive: true, force: true });
});

describe('search index', () => {
  test('indexes only the pages marked as content, and only the search library is shipped', async () => {
    expect(report.pageCount).toBe(3);
    const files = await fs.readdir(report.outputPath);
    expect(files).toContain('pagefind.js');
    expect(files.filter((file) => /ui|highlight/.test(file))).toEqual([]);
  });

  test('a word only in the editors’ search words finds the page, and is never shown', async () => {
    const [first] = await search.search('TKI');
    expect(first?.url).toBe('/langkah/bekerja-sebagai-pmi/');
    const [raw] = (await search.api.search('TKI')).results;
    const data = await raw!.data();
    expect(data.excerpt).not.toMatch(/TKI|calo/);
    expect(first!.summary).toBe('Ringkasan Bekerja sebagai PMI.');
  });

  test('a phrase of search words finds its page: "perdagangan manusia" → the TPPO lesson', async () => {
    const [first] = await search.search('perdagangan manusia');
    expect(first?.url).toBe('/pelajaran/apa-itu-tppo/');
  });

  test('Indonesian stemming: "kerja" finds "pekerja"', async () => {
    expect((await search.search('kerja')).map((r) => r.url)).toContain('/langkah/bekerja-sebagai-pmi/');
  });

  test('header and footer words are not indexed', async () => {
    expect(await search.search('cookie')).toEqual([]);
    expect(await search.search('keluar cepat')).toEqual([]);
  });

  test('the jenis filter narrows results to villages', async () => {
    const villages = await search.search(null, { filters: { jenis: 'Desa' } });
    expect(villages.map((r) => [r.url, r.kind])).toEqual([['/desa/koba/berok/', 'Desa']]);
  });
});

test('a folder without pages fails the build with a message naming it', async () => {
  const empty = await fs.mkdtemp(path.join(os.tmpdir(), 'cari-kosong-'));
  try {
    await expect(buildSearchIndex(empty)).rejects.toThrow(/Pagefind gagal saat membaca .*cari-kosong-.*tidak ada halaman/s);
  } finally {
    await fs.rm(empty, { recursive: true, force: true });
  }
});

describe('a directory too large to index every village', () => {
  let national: string;
  beforeAll(async () => {
    national = await fs.mkdtemp(path.join(os.tmpdir(), 'cari-nasional-'));
    const pages: Record<string, string> = {
      'desa/index.html': page({ title: 'Cari desa Anda', body: 'Kepulauan Bangka Belitung.', kind: 'Desa' }),
      'desa/babel/index.html': page({ title: 'Provinsi Kepulauan Bangka Belitung', body: 'Kabupaten Bangka Tengah.', kind: 'Desa' }),
      'desa/babel/bangka-tengah/index.html': page({ title: 'Kabupaten Bangka Tengah', body: 'Kecamatan Pangkalan Baru: Batu Belubang (Desa), Beluluk (Desa), Dul (Desa).', kind: 'Desa' }),
      'desa/babel/bangka-tengah/pangkalan-baru/index.html': page({ title: 'Kecamatan Pangkalan Baru', body: 'Batu Belubang, Beluluk, Dul.', kind: 'Desa' }),
      'desa/babel/bangka-tengah/pangkalan-baru/beluluk/index.html': page({ title: 'Desa Beluluk', body: 'Kecamatan Pangkalan Baru.', kind: 'Desa' }),
      'desa/babel/bangka-tengah/pangkalan-baru/beluluk/poster/index.html': page({ title: 'Poster Beluluk', body: 'Cetak.', kind: 'Desa' }),
      'kontak/index.html': page({ title: 'Nomor penting', body: 'SAPA 129.', kind: 'Kontak' }),
    };
    for (const [file, html] of Object.entries(pages)) {
      await fs.mkdir(path.dirname(path.join(national, file)), { recursive: true });
      await fs.writeFile(path.join(national, file), html);
    }
  });
  afterAll(async () => {
    await fs.rm(national, { recursive: true, force: true });
  });

  test('indexes the directory from the top down as far as the limit allows, and always the other pages', async () => {
    const report = await buildSearchIndex(national, { maxDirectoryPages: 3 });
    expect(report.directoryLevels).toEqual({ indexed: 3, total: 5 });
    expect(report.pageCount).toBe(4);
    const nationalSearch = await loadSiteSearch(national);
    const found = await nationalSearch.search('beluluk');
    expect(found.map((r) => r.url)).toEqual(['/desa/babel/bangka-tengah/#:~:text=Beluluk']);
    expect(found[0]!.summary).toContain('Beluluk');
    expect((await nationalSearch.search('129')).map((r) => r.url)).toEqual(['/kontak/']);
  });

  test('when the upper levels are not marked for search, indexing goes down to the first level that is', async () => {
    const plain = '<!doctype html><html lang="id"><body><h1>Wilayah</h1></body></html>';
    for (const file of ['desa/index.html', 'desa/babel/index.html', 'desa/babel/bangka-tengah/index.html']) await fs.writeFile(path.join(national, file), plain);
    const shape = directoryShape(national, 0);
    expect(shape?.levels.map((level) => level.searchable)).toEqual([false, false, false, true, true]);
    expect(shape?.indexedLevels).toBe(4);
  });

  test('a small area is indexed down to its villages', async () => {
    const report = await buildSearchIndex(national);
    expect(report.directoryLevels).toEqual({ indexed: 5, total: 5 });
  });
});
