/**
 * The questions of "Cek tawaran kerja" (/cek-tawaran/), with which answer is a red flag and why.
 * Every reason is taken from the project's fact sheet (research/facts.md) and carries its sources;
 * a source graded S (one secondary source) is shown on the page as "satu sumber". Contacts are ids
 * from content/kontak, lessons ids from content/pelajaran (tests/unit/offer-check.test.ts checks both).
 */
import type { OfferQuestion, OfferSource } from './offer-check.ts';

const source = {
  polda_jabar: {
    judul: 'Jawa Barat 10 besar kasus perdagangan orang di Indonesia',
    penerbit: 'iNews Jabar, mengutip Polda Jabar',
    url: 'https://jabar.inews.id/amp/berita/jawa-barat-10-besar-kasus-perdagangan-orang-di-indonesia-cianjur-paling-rawan/3',
    tingkat: 'C',
  },
  disnaker_babel: {
    judul: 'Disnaker Babel tentang warga yang dipulangkan dari Myanmar',
    penerbit: 'Babel Pos',
    url: 'https://babelpos.disway.id/read/674049/babelpos.co',
    tingkat: 'C',
  },
  wamen_p2mi: {
    judul: 'Sembilan warga NTB korban TPPO di Myanmar berhasil dipulangkan',
    penerbit: 'Suara NTB, mengutip Wamen P2MI',
    url: 'https://suarantb.com/2025/03/27/sembilan-warga-ntb-korban-tppo-di-myanmar-berhasil-dipulangkan',
    tingkat: 'C',
  },
  perban_9_2020: {
    judul: 'BP2MI terbitkan aturan pembebasan biaya penempatan pekerja migran',
    penerbit: 'Kompas',
    url: 'https://nasional.kompas.com/read/2020/08/17/23193871/bp2mi-terbitkan-aturan-pembebasan-biaya-penempatan-pekerja-migran',
    tingkat: 'C',
  },
  pasal_30: {
    judul: 'Menteri: lapor jika ada pungutan bagi pekerja migran',
    penerbit: 'Alkhairaat',
    url: 'https://media.alkhairaat.id/menteri-lapor-jika-ada-pungutan-bagi-pekerja-migran',
    tingkat: 'C',
  },
  uu_18_2017: {
    judul: 'Undang-Undang Nomor 18 Tahun 2017 (Pasal 13–15)',
    penerbit: 'Wikisource',
    url: 'https://id.m.wikisource.org/wiki/Halaman:Undang-Undang_Nomor_18_Tahun_2017.pdf/8',
    tingkat: 'C',
  },
  kbri_riyadh: {
    judul: 'Bahaya penyalahgunaan visa ziarah untuk bekerja',
    penerbit: 'Saudinesia, mengutip KBRI Riyadh',
    url: 'https://saudinesia.com/2022/05/12/bahaya-penyalahgunaan-visa-ziarah-untuk-bekerja-belajar-dan-pergi-haji-ke-arab-saudi/',
    tingkat: 'C',
  },
  kemlu_visa: {
    judul: 'Kunjungan WNI harus sesuai visa',
    penerbit: 'Antara, mengutip Kemlu',
    url: 'https://makassar.antaranews.com/nasional/berita/684245/belajar-dari-kasus-pelawak-dipenjara-hong-kong-kunjungan-wni-harus-sesuai-visa?utm_source=antaranews&utm_medium=nasional&utm_campaign=antaranews',
    tingkat: 'C',
  },
  paspor_bukan_izin_kerja: {
    judul: 'Paspor bukan izin untuk bekerja',
    penerbit: 'All News Terkini, mengutip Kemenkumham',
    url: 'https://allnewsterkini.com/paspor-bukan-izin-untuk-bekerja/?pgrelated=971',
    tingkat: 'C',
  },
  negara_penempatan: {
    judul: 'Disnakertrans Lotim soroti penempatan PMI, berikut 65 negaranya',
    penerbit: 'Tribun Lombok',
    url: 'https://lombok.tribunnews.com/2022/06/14/disnakertrans-lotim-soroti-penempatan-pmi-berikut-65-negaranya',
    tingkat: 'C',
  },
  bp3mi_kamboja: {
    judul: 'BP3MI Sultra imbau warga waspada tawaran kerja ke Kamboja dan Myanmar',
    penerbit: 'Kendari Info',
    url: 'https://kendariinfo.com/bp3mi-sultra-imbau-warga-waspada-tawaran-kerja-ke-kamboja-dan-myanmar/amp',
    tingkat: 'C',
  },
  koba_myanmar: {
    judul: '2 warga Koba masuk daftar 69 korban TPPO asal Bangka Belitung di Myanmar',
    penerbit: 'Tribun Belitung',
    url: 'https://belitung.tribunnews.com/2025/03/05/2-warga-koba-masuk-daftar-69-korban-tppo-asal-bangka-belitung-di-myanmar-diimingi-gaji-rp12-juta',
    tingkat: 'C',
  },
  ilo_indikator: {
    judul: 'ILO indicators of forced labour',
    penerbit: 'ILO (salinan di ReadKong)',
    url: 'https://www.readkong.com/page/ilo-indicators-of-forced-labour-5101277',
    tingkat: 'C',
  },
  paspor_ditahan_diy: {
    judul: 'Modus perekrutan dan penahanan paspor korban (DI Yogyakarta, 2026)',
    penerbit: 'Nalacitra',
    url: 'https://nalacitra.id/?p=2528',
    tingkat: 'C',
  },
  bp2mi_liburan: {
    judul: 'BP2MI ingatkan calon pekerja migran jangan sampai masuk jebakan calo',
    penerbit: 'Kompas',
    url: 'https://megapolitan.kompas.com/copy/2023/05/17/12352061/bp2mi-ingatkan-calon-pekerja-migran-jangan-sampai-masuk-jebakan-calo',
    tingkat: 'C',
  },
  paspor_ditolak: {
    judul: 'Pembuatan paspor makin sulit, begini prosedurnya',
    penerbit: 'JPNN',
    url: 'https://m.jpnn.com/amp/news/pembuatan-paspor-makin-sulit-begini-prosedurnya',
    tingkat: 'C',
  },
  alur_resmi: {
    judul: 'Langkah mudah kerja ke luar negeri secara resmi',
    penerbit: 'Voice Indonesia',
    url: 'https://voiceindonesia.co/ketenagakerjaan/23/04/2025/53110/langkah-mudah-kerja-ke-luar-negeri-secara-resmi',
    tingkat: 'C',
  },
  kp2mi_call_center: {
    judul: 'KP2MI pastikan lindungi pekerja migran',
    penerbit: 'Media Masa Kini',
    url: 'https://mediamasakini.id/respons-pernyataan-presiden-kp2mi-pastikan-lindungi-pekerja-migran',
    tingkat: 'C',
  },
  migranhub: {
    judul: 'Apa saja ciri-ciri pekerjaan yang rawan tersangkut kasus TPPO',
    penerbit: 'MigranHub',
    url: 'https://www.migranhub.com/apa-saja-ciri-ciri-pekerjaan-yang-rawan-tersangkut-kasus-tppo',
    tingkat: 'S',
  },
  siapkerja_ltsa: {
    judul: 'Layanan SISKOTKLN resmi ditutup',
    penerbit: 'iNews Tangsel, mengutip BP2MI',
    url: 'https://tangsel.inews.id/amp/321226/layanan-siskotkln-resmi-ditutup-kepala-bp2mi',
    tingkat: 'C',
  },
  rekomendasi_paspor: {
    judul: '5 warga Lebong adu nasib ke luar negeri',
    penerbit: 'Radar Lebong',
    url: 'https://radarlebong.bacakoran.co/amp/16722/5-warga-lebong-adu-nasib-ke-luar-negeri',
    tingkat: 'C',
  },
} satisfies Record<string, OfferSource>;

export const OFFER_QUESTIONS: OfferQuestion[] = [
  {
    id: 'lewat-media-sosial',
    pertanyaan: 'Apakah tawaran ini datang lewat media sosial atau WhatsApp, dari orang yang belum Anda kenal?',
    bahayaJika: 'ya',
    alasan:
      'Perekrut perdagangan orang sering mencari korban lewat media sosial. Warga Bangka Belitung yang terjebak di Myanmar pada 2025 juga direkrut lewat media sosial dan dari mulut ke mulut.',
    sumber: [source.polda_jabar, source.disnaker_babel],
    pelajaran: 'tanda-bahaya-tppo',
    kontak: ['kp2mi'],
  },
  {
    id: 'gaji-besar',
    pertanyaan: 'Apakah gajinya jauh lebih besar dari biasanya, padahal syaratnya mudah?',
    bahayaJika: 'ya',
    alasan:
      'Iklan kerja yang mencurigakan punya pola yang sama: gaji besar, syarat mudah, dan "tidak perlu urus apa-apa". Warga Bangka Belitung dijanjikan Rp10–15 juta sebulan sebagai "customer service". Ternyata mereka dipaksa menipu orang lewat internet.',
    sumber: [source.wamen_p2mi, source.disnaker_babel],
    pelajaran: 'penipuan-kerja-online',
    kontak: ['kp2mi', 'kemlu-wni'],
  },
  {
    id: 'biaya-atau-pinjaman',
    pertanyaan: 'Apakah Anda diminta membayar biaya, atau diberi uang pinjaman yang nanti dipotong dari gaji?',
    bahayaJika: 'ya',
    alasan:
      'Uang di muka yang menjadi utang dan dipotong dari gaji adalah cara perekrut mengikat korban. Pekerja migran tidak boleh dibebani biaya penempatan (UU 18/2017 Pasal 30). Untuk 10 jenis pekerjaan, misalnya pekerja rumah tangga dan awak kapal perikanan, biaya tiket, visa, paspor dan agen tidak boleh ditagih kepada pekerja, dan pinjaman yang dipotong dari gaji dilarang.',
    sumber: [source.polda_jabar, source.pasal_30, source.perban_9_2020],
    pelajaran: 'bekerja-ke-luar-negeri',
    kontak: ['kp2mi'],
  },
  {
    id: 'kontrak-tertulis',
    pertanyaan: 'Apakah Anda sudah menerima kontrak kerja tertulis yang jelas: nama majikan, jenis pekerjaan, gaji, jam kerja, dan lama kontrak?',
    bahayaJika: 'tidak',
    alasan:
      'Pekerja migran resmi wajib punya perjanjian kerja (UU 18/2017 Pasal 13). Isinya antara lain nama dan alamat majikan, jenis pekerjaan, gaji, jam kerja, dan lama kontrak. Tanpa kontrak, gaji mudah hilang.',
    sumber: [source.uu_18_2017, source.kbri_riyadh],
    pelajaran: 'bekerja-ke-luar-negeri',
    kontak: ['kp2mi'],
  },
  {
    id: 'visa-tidak-sesuai',
    pertanyaan: 'Apakah Anda disuruh berangkat dengan visa wisata, visa kunjungan, atau visa umrah, padahal untuk bekerja?',
    bahayaJika: 'ya',
    alasan:
      'Paspor bukan izin kerja. Untuk bekerja di luar negeri, Anda perlu visa kerja, karena visa harus sesuai dengan tujuan perjalanan. Orang yang bekerja dengan visa kunjungan tidak punya kontrak dan asuransi, dan bisa ditahan lalu dideportasi.',
    sumber: [source.paspor_bukan_izin_kerja, source.kemlu_visa, source.kbri_riyadh],
    pelajaran: 'bepergian-aman',
    kontak: ['kp2mi', 'kemlu-wni'],
  },
  {
    id: 'negara-tujuan',
    pertanyaan: 'Apakah tujuannya Kamboja atau Myanmar, atau negara yang belum Anda pastikan menerima pekerja Indonesia secara resmi?',
    bahayaJika: 'ya',
    alasan:
      'Kamboja dan Myanmar tidak ada dalam daftar negara penempatan resmi. Pada 2025, pejabat KP2MI dan dinas tenaga kerja meminta warga tidak menerima kerja di sana. Dua warga Kecamatan Koba termasuk korban yang ditahan di perbatasan Myanmar pada 2025. Tanyakan daftar negara terbaru ke Disnaker.',
    sumber: [source.negara_penempatan, source.bp3mi_kamboja, source.koba_myanmar],
    pelajaran: 'penipuan-kerja-online',
    kontak: ['kp2mi', 'kemlu-wni'],
  },
  {
    id: 'paspor-dipegang-orang-lain',
    pertanyaan: 'Apakah paspor Anda nanti akan dipegang oleh agen, perekrut, atau majikan?',
    bahayaJika: 'ya',
    alasan:
      'Pegang paspor Anda sendiri. Menurut ILO, menahan dokumen identitas adalah salah satu tanda kerja paksa. Petugas di Indonesia menemukan agen yang menahan paspor korban.',
    sumber: [source.ilo_indikator, source.paspor_ditahan_diy],
    pelajaran: 'paspor',
    kontak: ['polri-110', 'sapa-129', 'kp2mi'],
  },
  {
    id: 'disuruh-bilang-liburan',
    pertanyaan: 'Apakah Anda disuruh mengaku "mau liburan" kepada petugas imigrasi?',
    bahayaJika: 'ya',
    alasan:
      'Calo sering melatih calon pekerja untuk mengaku liburan. Petugas imigrasi bisa menolak atau menunda paspor jika tujuan sebenarnya bekerja. Pada 2023, sepuluh perempuan yang dibujuk calo dihentikan di Bandara Soekarno-Hatta.',
    sumber: [source.bp2mi_liburan, source.paspor_ditolak],
    pelajaran: 'tanda-bahaya-tppo',
    kontak: ['kp2mi'],
  },
  {
    id: 'izin-perusahaan',
    pertanyaan: 'Apakah perusahaan perekrut bisa menunjukkan izin resmi sebagai P3MI (perusahaan penempatan pekerja migran) dan punya kantor yang jelas?',
    bahayaJika: 'tidak',
    alasan:
      'Sebelum mendaftar, pastikan perusahaan perekrut (P3MI) berizin dan lowongannya nyata. Tanyakan ke Disnaker atau ke pusat panggilan KP2MI. Perusahaan resmi punya kantor, situs resmi, dan izin pemerintah (SIP3MI). Calo biasanya menghubungi lewat Facebook atau WhatsApp dan tidak bisa menunjukkan izin.',
    sumber: [source.alur_resmi, source.kp2mi_call_center, source.migranhub],
    pelajaran: 'bekerja-ke-luar-negeri',
    kontak: ['kp2mi'],
  },
  {
    id: 'tanpa-disnaker',
    pertanyaan: 'Apakah perekrut bilang Anda tidak perlu mendaftar di Disnaker atau di SIAPkerja?',
    bahayaJika: 'ya',
    alasan:
      'Calon pekerja migran resmi mendaftar di Disnaker (layanan satu atap LTSA) lewat SIAPkerja. Surat rekomendasi paspor dari Disnaker juga diminta lewat SIAPkerja. Berangkat tanpa rekomendasi itu dihitung tidak resmi (nonprosedural).',
    sumber: [source.siapkerja_ltsa, source.rekomendasi_paspor],
    pelajaran: 'bekerja-ke-luar-negeri',
    kontak: ['kp2mi'],
  },
];
