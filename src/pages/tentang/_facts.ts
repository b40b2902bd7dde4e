/**
 * The facts /tentang/ states about the programme, each with its source, taken from
 * research/imigrasi-pangkalpinang.md (public news pages, read 2026-11-28). National facts hold for
 * every office that reuses the site; local facts are keyed by the area code in content/situs.yaml,
 * so another office's site never shows Bangka Tengah's launch. Nothing here is a phone number or
 * a person: those live in content/kontak and content/pimpasa.
 */
import type { Source } from '../../schemas/common.ts';

export interface SourcedFact {
  /** The fact in plain Indonesian. */
  text: string;
  sources: Source[];
}

const read = '2026-11-28';

/** What desa binaan imigrasi is, nationally. */
export const PROGRAMME_FACTS: SourcedFact[] = [
  {
    text: 'Desa binaan imigrasi adalah program nasional Direktorat Jenderal Imigrasi. Program ini pertama kali dicanangkan di Desa Dolopo, Kabupaten Madiun.',
    sources: [
      {
        judul: 'Kantor Imigrasi Sampit resmikan delapan desa binaan di Mentaya Hilir Selatan',
        penerbit: 'Radar Sampit',
        url: 'https://www.radarsampit.com/berita/kantor-imigrasi-sampit-resmikan-delapan-desa-binaan-di-mentaya-hilir-selatan.html/2',
        diakses: read,
        tingkat: 'C',
      },
      {
        judul: 'Kadivim Kanwil Kemenkumham Sumut koordinasikan operasi intelijen terpusat dengan Ditjen Imigrasi',
        penerbit: 'Kanwil Kemenkumham Sumatera Utara',
        url: 'https://sumut.kemenkumham.go.id/berita-utama/kadivim-kanwil-kemenkumham-sumut-koordinasikan-operasi-intelijen-terpusat-kresna-dengan-ditjen-imigrasi',
        diakses: read,
        tingkat: 'C',
      },
    ],
  },
  {
    text: 'Di desa binaan, kantor imigrasi bekerja sama dengan perangkat desa. Tujuannya: deteksi dini, informasi tentang paspor, dan pencegahan perdagangan orang (TPPO) serta penyelundupan manusia (TPPM).',
    sources: [
      {
        judul: 'Desa binaan imigrasi, wadah informasi keimigrasian dan tameng masyarakat dari TPPO dan TPPM',
        penerbit: 'Harian Jogja',
        url: 'https://jogjapolitan.harianjogja.com/read/2024/05/08/512/1173727/desa-binaan-imigrasi-wadah-informasi-keimigrasian-dan-tameng-masyarakat-dari-tppo-dan-tppm',
        diakses: read,
        tingkat: 'C',
      },
      {
        judul: 'Kantor Imigrasi Bandung kukuhkan desa binaan imigrasi di Kabupaten Subang',
        penerbit: 'Indonesia Discover',
        url: 'https://indonesiadiscover.com/2024/05/27/kantor-imigrasi-bandung-kukuhkan-desa-binaan-imigrasi-di-kabupaten-subang',
        diakses: read,
        tingkat: 'C',
      },
    ],
  },
  {
    text: 'Pimpasa (Petugas Imigrasi Pembina Desa) adalah petugas imigrasi yang menjadi penghubung utama antara kantor imigrasi dan desa.',
    sources: [
      {
        judul: 'Kantor Imigrasi Bandung kukuhkan desa binaan imigrasi di Kabupaten Subang',
        penerbit: 'Indonesia Discover',
        url: 'https://indonesiadiscover.com/2024/05/27/kantor-imigrasi-bandung-kukuhkan-desa-binaan-imigrasi-di-kabupaten-subang',
        diakses: read,
        tingkat: 'S',
      },
    ],
  },
];

/** Facts about the programme in one area, by the area code of content/situs.yaml (`wilayah.kode`). */
export const LOCAL_FACTS: Record<string, SourcedFact[]> = {
  '19.04': [
    {
      text: 'Kantor Imigrasi Pangkalpinang mencanangkan desa binaan imigrasi di Kabupaten Bangka Tengah pada 30 September 2025, di Koba. Ada enam Pimpasa, satu untuk setiap kecamatan.',
      sources: [
        {
          judul: 'Imigrasi Pangkalpinang canangkan desa binaan imigrasi di Bangka Tengah',
          penerbit: 'Antara Babel',
          url: 'https://babel.antaranews.com/berita/518361/imigrasi-pangkalpinang-canangkan-desa-binaan-imigrasi-di-bangka-tengah',
          diakses: read,
          tingkat: 'C',
        },
        {
          judul: 'Efrianda harap desa binaan imigrasi jadi deteksi dini potensi TPPO',
          penerbit: 'Tribun Babel',
          url: 'https://babel.tribunnews.com/lokal/15807/efrianda-harap-desa-binaan-imigrasi-jadi-deteksi-dini-potensi-tppo',
          diakses: read,
          tingkat: 'C',
        },
      ],
    },
    {
      text: 'Setiap desa binaan punya sekretariat di kantor desa.',
      sources: [
        {
          judul: 'Ditjen Imigrasi Babel bentuk 56 desa imigrasi cegah TPPO',
          penerbit: 'Antara Babel',
          url: 'https://babel.antaranews.com/amp/berita/524705/ditjen-imigrasi-babel-bentuk-56-desa-imgrasi-cegah-tppo',
          diakses: read,
          tingkat: 'S',
        },
      ],
    },
  ],
};
