/**
 * Content from a pull request cannot run code, show a number that is not in content/kontak, or
 * slip past the checks as a second file, a symlink, a non-UTF-8 or oversized file or a hostile
 * YAML file — and `astro build` itself refuses it, not only `npm run check:content`.
 */
import { describe, expect, test } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { validateContent } from '../../src/lib/content/validate.ts';
import { checkMdx } from '../../src/lib/content/check-mdx.ts';
import { SIZE_LIMITS } from '../../src/lib/content/check-files.ts';
import { MDX_COMPONENT_ATTRIBUTES } from '../../src/components/mdx/attributes.ts';
import { contentWith } from '../helpers/content-fixture.ts';

const today = new Date('2026-11-28T00:00:00Z');
const LESSON = 'pelajaran/pelajaran-uji.mdx';

/** Errors for a content folder, with files relative to it. */
function errorsIn(root: string, options: { publicDir?: string } = {}) {
  return validateContent({ root, today, publicDir: options.publicDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'dbi-public-')) })
    .problems.filter((p) => p.level === 'error')
    .map((p) => ({ ...p, file: path.relative(root, path.resolve(p.file)) }));
}

/** The valid fixture with `text` added at the end of the lesson body. */
function lessonWith(text: string): string {
  const root = contentWith();
  fs.appendFileSync(path.join(root, LESSON), `\n${text}\n`);
  return root;
}

/** Line (1-based) of the first line containing `text` in a file of the content folder. */
const lineOf = (root: string, file: string, text: string) => fs.readFileSync(path.join(root, file), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;

describe('lessons are content, not programs: every listed kind is an error at its line', () => {
  // [fixture case, text on the reported line, field, message]
  const kinds: [string, string, string, RegExp][] = [
    ['mdx-import', "import fs from 'node:fs'", 'import', /kode program/],
    ['mdx-import', 'export const rahasia', 'export', /kode program/],
    ['mdx-expression', 'globalThis.fetch', '{…}', /kode JavaScript/],
    ['mdx-attribute-expression', 'judul={process.env.HOME}', '<Kotak judul>', /kode JavaScript/],
    ...(['script', 'style', 'iframe', 'object', 'embed', 'meta', 'base', 'form', 'link'].map((tag) => ['mdx-raw-tags', `<${tag}`, `<${tag}>`, new RegExp(`^tag <${tag}> tidak boleh`)]) as [string, string, string, RegExp][]),
    ['mdx-event-attribute', 'onclick=', '<a onclick>', /menjalankan kode/],
    ['mdx-code-url', '](javascript:', '[tautan]', /"javascript:alert\(1\)"/],
    ['mdx-code-url', 'href="data:', '<a href>', /"data:text\/html,/],
    ['mdx-code-url', 'href="vbscript:', '<a href>', /"vbscript:msgbox\(1\)"/],
    ['mdx-external-image', '![Piksel pelacak]', '![gambar]', /dimuat dari situs lain/],
    ['mdx-external-image', '<img src="//pelacak', '<img src>', /memuat "\/\/pelacak\.example\/piksel\.gif" dari situs lain/],
    ['mdx-external-image', '![Gambar rujukan][gambar]', '![gambar]', /"https:\/\/pelacak\.example\/gambar\.png" dimuat dari situs lain/],
    ['mdx-unknown-component', '<Video', '<Video>', /tidak dikenal/],
    ['mdx-unknown-component', 'judull=', '<Kotak judull>', /tidak punya atribut "judull"; mungkin maksud Anda "judul"\?/],
  ];
  test.each(kinds)('%s: %s', (caseName, text, field, message) => {
    const root = contentWith(caseName);
    const errors = errorsIn(root);
    expect(errors, JSON.stringify(errors, null, 2)).toContainEqual(expect.objectContaining({ file: LESSON, line: lineOf(root, LESSON, text), field, message: expect.stringMatching(message) }));
  });

  test('JavaScript is refused however it is disguised', () => {
    const root = lessonWith(
      [
        '<a href="java&#9;script&#58;alert(1)">entitas</a>',
        '[garis miring terbalik](javascript\\:alert(1))',
        '<Kisah judul="Kisah" sumber="  JavaScript:alert(1)">Isi.</Kisah>',
        '<Kotak {...props}>Isi.</Kotak>',
        '<Perbandingan kiri="a" kanan="b" baris={[{ aspek: "x", kiri: `${process.env.HOME}`, kanan: "z" }]} />',
        '<p style="background: url(https://pelacak.example/p.gif)">gaya</p>',
        '<video src="https://pelacak.example/v.mp4" />',
        '<svg><image href="/gambar.png" /></svg>',
        '<img src="/gambar/a.png" srcset="/gambar/a.png 1x, https://pelacak.example/b.png 2x" alt="" />',
        '<div set:html="&lt;script&gt;alert(1)&lt;/script&gt;" />',
        '<Fragment set:html="<b>x</b>" />',
      ].join('\n\n'),
    );
    const fields = errorsIn(root).filter((e) => e.file === LESSON).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['<a href>', '[tautan]', '<Kisah sumber>', '<Kotak>', '<Perbandingan baris>', '<p style>', '<video src>', '<svg>', '<img srcset>', '<div set:html>', '<Fragment>']));
  });

  test('Markdown, the documented components, comments, escapes and code stay allowed', () => {
    const root = lessonWith(
      [
        '{/* catatan penulis: tidak tampil */}',
        'Tanda kurung kurawal \\{ditampilkan\\} dan `{kode}` juga, seperti a < b.',
        '```js\nimport fs from "node:fs";\n{fs.readFileSync("/etc/passwd")} <script>alert(1)</script>\n```',
        '[Kemlu](https://kemlu.go.id), [kontak](/kontak/), [surel](mailto:info@example.org), [bagian](#bagian-pertama).',
        '![Peta desa](/gambar/peta.png)',
        '<Perbandingan kiri="TPPM" kanan="TPPO" baris={[{ aspek: "Batas", kiri: "Selalu.", kanan: "Tidak selalu." }]} />',
        '<Kotak jenis="peringatan" judul="Data: 5 orang">Isi **tebal**.</Kotak>',
        '<Fakta id="biaya-uji" bare />',
        '<abbr title="Tindak Pidana Perdagangan Orang">TPPO</abbr>',
      ].join('\n\n'),
    );
    expect(errorsIn(root).filter((e) => e.file === LESSON)).toEqual([]);
  });

  test('the component list for the check matches mdxComponents and each component\'s Props', () => {
    const index = fs.readFileSync('src/components/mdx/index.ts', 'utf8');
    const mapped = /export const mdxComponents = \{([\s\S]*?)\};/.exec(index)![1].split(',').map((s) => s.trim()).filter(Boolean);
    expect(Object.keys(MDX_COMPONENT_ATTRIBUTES).sort()).toEqual(mapped.sort());
    for (const [name, { attributes }] of Object.entries(MDX_COMPONENT_ATTRIBUTES)) {
      const source = fs.readFileSync(`src/components/mdx/${name}.astro`, 'utf8');
      const props = /interface Props \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
      const names = [...props.matchAll(/^\s*(\w+)\??:/gm)].map((m) => m[1]);
      expect(names.sort(), name).toEqual([...attributes].sort());
    }
  });

  test('the scanner reports the line in the file, counting the frontmatter', () => {
    const { problems } = checkMdx({ file: 'x.mdx', bodyLine: 10 }, 'Satu.\n\nDua {x}.\n');
    expect(problems).toEqual([expect.objectContaining({ line: 12, field: '{…}' })]);
  });
});

describe('numbers come from the contacts', () => {
  // Every place a reader sees text: [file, text on the reported line, field, number as written]
  const places: [string, string, string, string][] = [
    [LESSON, 'hubungi 0812-3456-7890', 'isi', '0812-3456-7890'],
    [LESSON, 'SMS ke 1234', 'isi', '1234'],
    [LESSON, 'wa.me/6281398765432', '[tautan]', '+6281398765432'],
    [LESSON, 'judul="Telepon (021) 555 0199"', '<Kotak judul>', '(021) 555 0199'],
    [LESSON, 'WA +62 813-0000-1111', 'kuis[1].penjelasan', '+62 813-0000-1111'],
    ['langkah/langkah-uji.yaml', 'Telepon 0800-1234-567', 'langkah[2].tindakan[1]', '0800-1234-567'],
    ['cek-tawaran.yaml', 'nomor 0812-1111-2222', 'pertanyaan[1].alasan', '0812-1111-2222'],
    ['halaman/beranda.yaml', 'tel:0717-123456', 'kontak.nomorPenting', '0717-123456'],
  ];
  test.each(places)('%s: %s', (file, text, field, number) => {
    const root = contentWith('phone-unknown');
    expect(errorsIn(root)).toContainEqual(
      expect.objectContaining({ file, line: lineOf(root, file, text), field, message: expect.stringMatching(new RegExp(`^nomor "${number.replace(/[()+]/g, '\\$&')}" tidak ada di content/kontak`)) }),
    );
  });

  test('numbers of content/kontak, however written, and numbers that are not phone numbers pass', () => {
    const root = contentWith('phone-unknown');
    const numbers = errorsIn(root).filter((e) => e.message.startsWith('nomor ')).map((e) => e.message.split('"')[1]);
    // 129 and 0811-1129-129 are hotline-uji's; "Pasal 113", "UU 99/2020" and "08.00-16.00" are not phone numbers.
    expect(numbers.sort()).toEqual(places.map(([, , , n]) => n).sort());
    const same = lessonWith('Telepon 129, WhatsApp +62 811 1129 129 atau [pesan](https://wa.me/628111129129), [telepon](tel:0811-1129-129). Nomor 21 Tahun 2007. Layanan 120 orang per hari.');
    expect(errorsIn(same).filter((e) => e.file === LESSON)).toEqual([]);
  });

  test('the real content passes every check', () => {
    expect(validateContent({ publicDir: 'public' }).problems.filter((p) => p.level === 'error')).toEqual([]);
  });
});

describe('one file per entry, and only files the checks can trust', () => {
  test('a symlinked lesson in content/ is an error naming it', () => {
    const root = contentWith();
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'dbi-luar-'));
    fs.copyFileSync(path.join(root, LESSON), path.join(outside, 'tersembunyi.mdx'));
    fs.symlinkSync(path.join(outside, 'tersembunyi.mdx'), path.join(root, 'pelajaran/tautan.mdx'));
    expect(errorsIn(root)).toContainEqual(expect.objectContaining({ file: 'pelajaran/tautan.mdx', message: expect.stringMatching(/^ini tautan simbolik \(symlink\) ke .*tersembunyi\.mdx, bukan file\..*hapus tautan ini/) }));
  });

  test('a symlink in public/ is an error naming it', () => {
    const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbi-public-'));
    fs.mkdirSync(path.join(publicDir, 'berkas'));
    fs.symlinkSync('/etc/hostname', path.join(publicDir, 'berkas/nama-mesin.txt'));
    const errors = validateContent({ root: contentWith(), today, publicDir }).problems.filter((p) => p.level === 'error');
    expect(errors).toContainEqual(expect.objectContaining({ file: expect.stringMatching(/berkas\/nama-mesin\.txt$/), message: expect.stringMatching(/tautan simbolik.*\/etc\/hostname.*public\//) }));
  });

  test('a file that is not UTF-8 is an error with its line', () => {
    const root = contentWith();
    const file = path.join(root, 'kontak/hotline-uji.yaml');
    const latin1 = Buffer.from(fs.readFileSync(file, 'utf8').replace('lembaga: Lembaga Uji', 'lembaga: Lembaga Uji Pengaduan'), 'utf8');
    // "Pengaduan" with "é" as one Latin-1 byte (0xE9), as an old Windows editor would save it.
    const bytes = Buffer.concat([latin1.subarray(0, latin1.indexOf('Pengaduan') + 4), Buffer.from([0xe9]), latin1.subarray(latin1.indexOf('Pengaduan') + 5)]);
    fs.writeFileSync(file, bytes);
    expect(errorsIn(root)).toContainEqual(expect.objectContaining({ file: 'kontak/hotline-uji.yaml', line: 2, message: expect.stringMatching(/^file ini bukan teks UTF-8 \(mulai baris 2\).*UTF-8/) }));
  });

  test('a file over the size limit is an error; an area file may be larger', () => {
    const root = contentWith();
    const padding = `\n${'# catatan panjang\n'.repeat(Math.ceil(SIZE_LIMITS.default / 18) + 10)}`;
    fs.appendFileSync(path.join(root, 'langkah/langkah-uji.yaml'), padding);
    fs.appendFileSync(path.join(root, 'wilayah/19.04/koba.yaml'), padding);
    const errors = errorsIn(root);
    expect(errors).toContainEqual(expect.objectContaining({ file: 'langkah/langkah-uji.yaml', message: expect.stringMatching(/^file ini \d+ kB, batasnya 200 kB/) }));
    expect(errors.filter((e) => e.file.startsWith('wilayah/'))).toEqual([]);
  });

  test('a hostile YAML file is named by check:content, without a stack trace', () => {
    const root = contentWith('yaml-alias-bomb');
    const result = spawnSync(process.execPath, ['scripts/check-content.ts'], { env: { ...process.env, KONTEN_DIR: root }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/GALAT .*kontak\/bom-alias\.yaml\n {2}file YAML ini tidak bisa dibaca/);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at /);
  });
});

test('astro build itself refuses a lesson that runs code, naming the file, before rendering anything', () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'dbi-penjaga-'));
  const contentDir = path.join(scratch, 'konten');
  const outDir = path.resolve(`dist-fixture-penjaga-${process.pid}`);
  fs.cpSync('content', contentDir, { recursive: true });
  fs.appendFileSync(path.join(contentDir, 'pelajaran/paspor.mdx'), "\n{globalThis.fetch('https://contoh.example/')}\n");
  try {
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: { ...process.env, KONTEN_DIR: contentDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: path.join(scratch, 'cache'), PAGEFIND: '0' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = `${build.stdout}${build.stderr}`;
    expect(build.status, output.slice(-3000)).not.toBe(0);
    expect(output).toMatch(/GALAT .*pelajaran\/paspor\.mdx:\d+ · \{…\}\n {2}\{globalThis\.fetch\('https:\/\/contoh\.example\/'\)\} adalah kode JavaScript/);
    expect(output).toMatch(/situs tidak diterbitkan sebelum semuanya beres/);
    expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(false);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}, 120_000);
