import { describe, expect, test } from 'vitest';
import { districtFilterValue, readSearchParams, writeSearchParams } from '../../src/lib/search/params.ts';
import { pageKind, plainExcerpt, toResultView } from '../../src/lib/search/results.ts';
import { fill } from '../../src/i18n/fill.ts';
import { keywordsByPage, uniqueWords } from '../../src/lib/search/keywords.ts';

describe('search addresses', () => {
  test('a shared link /cari/?q=…&jenis=… restores the words and the filter', () => {
    const request = readSearchParams(new URLSearchParams('q=+bikin%20paspor+&jenis=Langkah&topik=&kecamatan=Koba'));
    expect(request).toEqual({ query: 'bikin paspor', filters: { jenis: 'Langkah', kecamatan: 'Koba' } });
    expect(writeSearchParams(request)).toBe('?q=bikin+paspor&jenis=Langkah&kecamatan=Koba');
  });

  test('a kecamatan filter value names its kabupaten when the area spans several, so repeated names stay apart', () => {
    const koba = { nama: 'Koba', kabupaten: 'Kabupaten Bangka Tengah' };
    expect(districtFilterValue(koba, false)).toBe('Koba');
    expect(districtFilterValue(koba, true)).toBe('Koba (Kabupaten Bangka Tengah)');
    expect(districtFilterValue({ nama: 'Koba', kabupaten: 'Kabupaten Lain' }, true)).not.toBe(districtFilterValue(koba, true));
  });

  test('an empty search gives the bare /cari/ address', () => {
    expect(writeSearchParams({ query: '', filters: {} })).toBe('');
  });
});

describe('search results', () => {
  const data = {
    url: '/langkah/bekerja-sebagai-pmi/',
    excerpt: 'Daftar di <mark>SIAPkerja</mark> &amp; ikut pelatihan',
    meta: { title: 'Bekerja sebagai PMI', ringkasan: 'Langkah resmi bekerja di luar negeri.', kataKunci: 'TKI, TKW, calo' },
    filters: { jenis: ['Langkah'] },
    content: '',
    word_count: 10,
  };

  test('a result shows its title, kind and own summary, never the search words', () => {
    const view = toResultView(data);
    expect(view).toEqual({ url: data.url, title: 'Bekerja sebagai PMI', kind: 'Langkah', summary: 'Langkah resmi bekerja di luar negeri.' });
    expect(JSON.stringify(view)).not.toContain('TKI');
  });

  test('a page without a summary shows the excerpt as plain text', () => {
    const view = toResultView({ ...data, meta: { title: 'X' } });
    expect(view.summary).toBe('Daftar di SIAPkerja & ikut pelatihan');
  });

  test('a page found by a word its summary lacks shows the excerpt; a directory page links to the word', () => {
    const regency = {
      url: '/desa/kepulauan-bangka-belitung/bangka-tengah/',
      excerpt: 'Kecamatan Pangkalan Baru. Batu Belubang (Desa). <mark>Beluluk</mark> (Desa). Dul (Desa).',
      meta: { title: 'Kabupaten Bangka Tengah', ringkasan: 'Pimpasa dan desa binaan imigrasi di Kabupaten Bangka Tengah.' },
      filters: { jenis: ['Desa'] },
      content: '',
      word_count: 9,
    };
    expect(toResultView(regency, 'beluluk')).toMatchObject({
      url: '/desa/kepulauan-bangka-belitung/bangka-tengah/#:~:text=Beluluk',
      summary: 'Kecamatan Pangkalan Baru. Batu Belubang (Desa). Beluluk (Desa). Dul (Desa).',
    });
    // Searching the kabupaten itself: its own summary, its own address.
    expect(toResultView(regency, 'bangka tengah')).toMatchObject({ url: regency.url, summary: regency.meta.ringkasan });
    // "desa" is in the summary, "beluluk" is not: still the village's line and its link.
    expect(toResultView(regency, 'desa beluluk').url).toBe('/desa/kepulauan-bangka-belitung/bangka-tengah/#:~:text=Beluluk');
    // The link goes to the village's name, not to the first "(Kelurahan)" on the page.
    const berok = { ...regency, excerpt: 'Dalam <mark>(Kelurahan).</mark> <mark>Berok</mark> <mark>(Kelurahan).</mark> Guntung (Desa).' };
    expect(toResultView(berok, 'kelurahan berok').url).toBe('/desa/kepulauan-bangka-belitung/bangka-tengah/#:~:text=Berok');
  });

  test('a page found only by its hidden search words keeps its own summary', () => {
    const view = toResultView({ ...data, excerpt: 'Daftar di SIAPkerja dan ikut pelatihan' }, 'calo');
    expect(view).toMatchObject({ url: data.url, summary: 'Langkah resmi bekerja di luar negeri.' });
  });

  test('the kind comes from the jenis filter, else from the address', () => {
    expect(pageKind('/desa/koba/berok/', [])).toBe('Desa');
    expect(pageKind('/kontak/', undefined)).toBe('Kontak');
    expect(pageKind('/pelajaran/apa-itu-tppo/', ['Pelajaran'])).toBe('Pelajaran');
    expect(pageKind('/tentang/', undefined)).toBeUndefined();
  });

  test('messages are filled with the count and the words', () => {
    expect(fill('{count} hasil untuk “{query}”', { count: 3, query: 'calo' })).toBe('3 hasil untuk “calo”');
    expect(plainExcerpt('a <mark>b</mark>  &lt;c&gt;')).toBe('a b <c>');
  });
});

describe('search words', () => {
  test('repeated words are indexed once, in the editors’ order', () => {
    expect(uniqueWords(['TKI', ' tki ', 'calo', '', 'TKW', 'Calo'])).toEqual(['TKI', 'calo', 'TKW']);
  });
});

test('lessons and journeys are found by their editors’ words, the contacts page by the site-wide synonyms', () => {
  const table = keywordsByPage(
    [{ id: 'apa-itu-tppo', data: { kataKunci: ['perdagangan manusia', 'TKI'] } }],
    [{ id: 'bekerja-sebagai-pmi', data: { kataKunci: ['TKI', 'tki', 'calo'] } }],
    { '/kontak/': ['hotline', 'nomor darurat'] },
  );
  expect(table.get('/pelajaran/apa-itu-tppo/')).toEqual(['perdagangan manusia', 'TKI']);
  expect(table.get('/langkah/bekerja-sebagai-pmi/')).toEqual(['TKI', 'calo']);
  expect(table.get('/kontak/')).toContain('hotline');
});
