/**
 * Lessons are content, not programs (run by ./validate.ts on every .mdx file in content/).
 *
 * MDX turns a lesson into code that runs on the build machine and HTML that runs in the reader's
 * browser. An editor's pull request may therefore use Markdown and the documented components
 * (src/components/mdx/attributes.ts) only. Each of these is an error with file, line and fix:
 *
 * - `import` / `export` lines (module code run at build time);
 * - `{…}` JavaScript expressions in the text; `{/* … *\/}` comments are fine;
 * - attribute expressions other than plain data (`baris={[{ aspek: "…" }]}` is data, `{fs.readFileSync()}` is code);
 * - raw tags that run, embed or reconfigure: <script>, <style>, <iframe>, <object>, <embed>,
 *   <meta>, <base>, <form>, <link> and their kin;
 * - event attributes (`onclick=…`) and `style=` on HTML tags;
 * - javascript:, data:, vbscript: (and any unknown scheme) in links, images and attributes;
 * - images that load from another site (a tracker, or a page that changes after review);
 * - components that do not exist, and attributes a component does not have.
 *
 * Fenced code and inline code stay text (./mdx-scan.ts): they are published as text, which is safe.
 */
import { MDX_COMPONENT_ATTRIBUTES, MDX_COMPONENT_NAMES } from '../../components/mdx/attributes.ts';
import { closest, type Problem } from './problems.ts';
import type { ReadFile } from './files.ts';
import { isCommentOnly, lineAt, parseLiteral, scanMdx, type MdxAttribute, type MdxScan, type MdxToken } from './mdx-scan.ts';

export type UrlKind = 'local' | 'external' | 'contact' | 'dangerous' | 'unknown';

/**
 * What a link address does: stays on this site, goes to another site (http, https, //host), starts
 * a call, message or e-mail (tel:, sms:, mailto:), runs code (javascript:, vbscript:, data:), or
 * uses any other scheme. Browsers ignore tabs, line breaks and leading control characters in an
 * address, so "java&#9;script:" is still javascript: — they are removed before looking.
 */
export function classifyUrl(url: string): UrlKind {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  if (/^[/\\]{2}/.test(cleaned)) return 'external';
  const scheme = /^([^/?#]*?):/.exec(cleaned)?.[1];
  if (scheme === undefined) return 'local';
  if (scheme === 'http' || scheme === 'https') return 'external';
  if (scheme === 'tel' || scheme === 'sms' || scheme === 'mailto') return 'contact';
  if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data') return 'dangerous';
  return 'unknown';
}

/** HTML attributes that hold an address. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'background', 'cite', 'xlink:href', 'ping', 'manifest', 'codebase', 'longdesc', 'usemap', 'lowsrc', 'dynsrc', 'icon', 'itemtype']);
/** Attributes whose address the browser fetches by itself, without the reader clicking. */
const LOADING_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'data', 'background', 'lowsrc', 'dynsrc', 'manifest', 'codebase', 'icon', 'ping']);

const EMBED = 'isi dari situs lain tidak boleh disisipkan ke pelajaran: ia bisa berubah setelah diperiksa dan memberi tahu situs itu siapa yang membaca. Tulis tautan biasa, misalnya [Baca: judul halamannya](https://…)';
const BLOCKED_TAGS: Record<string, string> = {
  script: 'kode yang berjalan di peramban pembaca tidak boleh ada di pelajaran; situs sudah menyediakan semua yang dibutuhkan. Hapus tag ini',
  style: 'tampilan diatur oleh situs, bukan oleh pelajaran; pakai komponen seperti <Kotak jenis="peringatan"> untuk menonjolkan sesuatu. Hapus tag ini',
  iframe: EMBED,
  frame: EMBED,
  frameset: EMBED,
  object: EMBED,
  embed: EMBED,
  applet: EMBED,
  portal: EMBED,
  meta: 'pengaturan halaman (judul, pengalihan, dan sebagainya) diatur oleh situs, bukan oleh pelajaran. Hapus tag ini',
  base: 'pengaturan halaman diatur oleh situs; tag ini mengubah ke mana semua tautan di halaman menuju. Hapus tag ini',
  link: 'pengaturan halaman diatur oleh situs; <link> memuat file dari tempat lain. Untuk tautan bacaan tulis [Baca: judul](alamat)',
  form: 'formulir mengirim isian pembaca ke tempat lain, dan situs ini tidak mengumpulkan data pembaca. Hapus formulir ini; tulis langkahnya sebagai daftar atau pakai <DaftarPeriksa>',
  svg: 'gambar disimpan sebagai file (misalnya public/gambar/nama.svg) dan dipasang dengan ![keterangan gambar](/gambar/nama.svg)',
  math: 'rumus ditulis sebagai teks biasa di pelajaran',
};

export interface MdxCheck {
  problems: Problem[];
  scan: MdxScan;
}

/** Checks one MDX file's body; `read.file` and `read.bodyLine` place each problem in the file. */
export function checkMdx(read: Pick<ReadFile, 'file' | 'bodyLine'>, body: string): MdxCheck {
  const problems: Problem[] = [];
  const scan = scanMdx(body);
  const offset = (read.bodyLine ?? 1) - 1;
  const error = (index: number, field: string, message: string) =>
    problems.push({ file: read.file, line: offset + lineAt(body, index), field, message, level: 'error' });
  const definitions = new Map<string, string>();
  for (const token of scan.tokens) if (token.kind === 'definition') definitions.set(token.label, token.url);

  /** javascript:, data:, vbscript: or an unknown scheme, in any link or address. */
  const checkAddress = (index: number, field: string, url: string, what: string) => {
    const kind = classifyUrl(url);
    if (kind === 'dangerous') {
      error(index, field, `${what} "${shorten(url)}" menjalankan kode atau menyisipkan isi tersembunyi (javascript:, data:, vbscript:) dan tidak boleh ada di pelajaran. Tulis alamat halaman biasa, diawali https:// atau /`);
    } else if (kind === 'unknown') {
      error(index, field, `${what} "${shorten(url)}" memakai jenis alamat yang tidak dikenal. Tulis alamat halaman biasa (diawali https:// atau /), nomor lewat <Kontak id="…" />, atau email dengan mailto:`);
    }
    return kind;
  };

  for (const token of scan.tokens) {
    switch (token.kind) {
      case 'esm':
        error(token.index, token.source.startsWith('import') ? 'import' : 'export', `baris "${shorten(token.source.split('\n')[0])}" adalah kode program yang dijalankan saat situs dibuat, dan tidak boleh ada di pelajaran. Komponen pelajaran sudah tersedia tanpa import (lihat "Komponen pelajaran" di CONTRIBUTING.md). Hapus baris ini; jika kalimat biasa memang diawali kata itu, ubah susunan kalimatnya`);
        break;
      case 'expression':
        if (isCommentOnly(token.source)) break;
        error(
          token.index,
          '{…}',
          /^\s*fakta\s*:/.test(token.source)
            ? `{${shorten(token.source.trim())}} hanya untuk teks YAML. Di isi pelajaran tulis <Fakta id="${token.source.replace(/^\s*fakta\s*:\s*/, '').trim()}" />`
            : `{${shorten(token.source.trim())}} adalah kode JavaScript yang dijalankan saat situs dibuat, dan tidak boleh ada di pelajaran. Untuk menampilkan kurung kurawal tulis \\{ dan \\}; untuk catatan yang tidak tampil tulis {/* catatan */}; untuk angka dari daftar fakta tulis <Fakta id="…" />`,
        );
        break;
      case 'tag':
        if (!token.closing) checkTag(token);
        break;
      case 'link':
        checkAddress(token.index, '[tautan]', token.url, 'alamat tautan');
        break;
      case 'image':
        checkImage(token.index, token.url);
        break;
      case 'image-reference': {
        const url = definitions.get(token.label);
        if (url !== undefined) checkImage(token.index, url);
        break;
      }
      case 'definition':
        checkAddress(token.index, `[${token.label}]:`, token.url, 'alamat tautan');
        break;
    }
  }
  return { problems, scan };

  function checkImage(index: number, url: string) {
    const kind = checkAddress(index, '![gambar]', url, 'alamat gambar');
    if (kind === 'external') {
      error(index, '![gambar]', `gambar "${shorten(url)}" dimuat dari situs lain: situs itu bisa melihat siapa yang membaca pelajaran ini, dan gambarnya bisa berubah setelah diperiksa. Simpan gambarnya di public/gambar/ (dengan izin pemiliknya) lalu tulis ![keterangan gambar](/gambar/nama-file.jpg)`);
    }
  }

  function checkTag(token: Extract<MdxToken, { kind: 'tag' }>) {
    const { name } = token;
    if (name === '') return; // <>…</>: a fragment, no markup of its own
    const component = /^[A-Z_$]/.test(name) || /[.:]/.test(name);
    if (component) {
      const known = MDX_COMPONENT_ATTRIBUTES[name];
      if (!known) {
        const guess = closest(name, MDX_COMPONENT_NAMES);
        error(token.index, `<${name}>`, `komponen <${name}> tidak dikenal${guess ? `; mungkin maksud Anda <${guess}>?` : '.'} Komponen yang bisa dipakai di pelajaran: ${MDX_COMPONENT_NAMES.map((n) => `<${n}>`).join(', ')} (lihat "Komponen pelajaran" di CONTRIBUTING.md)`);
        return;
      }
      for (const attribute of token.attributes) {
        if (attribute.spread) {
          checkSpread(name, attribute);
          continue;
        }
        if (!known.attributes.includes(attribute.name)) {
          const guess = closest(attribute.name, known.attributes);
          error(attribute.index, `<${name} ${attribute.name}>`, `<${name}> tidak punya atribut "${attribute.name}"${guess ? `; mungkin maksud Anda "${guess}"?` : '.'} ${known.attributes.length ? `Atribut yang bisa dipakai: ${known.attributes.join(', ')}` : `<${name}> tidak memakai atribut`}`);
          continue;
        }
        checkValue(name, attribute, known.urls?.includes(attribute.name) ?? false, false);
      }
      return;
    }

    const lower = name.toLowerCase();
    const blocked = BLOCKED_TAGS[lower];
    if (blocked) {
      error(token.index, `<${lower}>`, `tag <${lower}> tidak boleh ada di pelajaran: ${blocked}`);
      return;
    }
    for (const attribute of token.attributes) {
      if (attribute.spread) {
        checkSpread(name, attribute);
        continue;
      }
      const attr = attribute.name.toLowerCase();
      if (attr.startsWith('on')) {
        error(attribute.index, `<${name} ${attribute.name}>`, `atribut ${attribute.name} menjalankan kode di peramban pembaca dan tidak boleh ada di pelajaran. Hapus atribut ini`);
        continue;
      }
      if (attr.includes(':') && attr !== 'xml:lang') {
        error(attribute.index, `<${name} ${attribute.name}>`, `atribut ${attribute.name} adalah perintah khusus pembuat situs (misalnya set:html menyisipkan HTML apa pun tanpa diperiksa) dan tidak boleh ada di pelajaran. Hapus atribut ini`);
        continue;
      }
      if (attr === 'style') {
        error(attribute.index, `<${name} style>`, `atribut style tidak boleh ada di pelajaran: tampilan diatur oleh situs, dan gaya tampilan bisa memuat gambar dari situs lain. Hapus atribut ini; pakai komponen seperti <Kotak> untuk menonjolkan sesuatu`);
        continue;
      }
      const loads = LOADING_ATTRIBUTES.has(attr) || (attr.endsWith('href') && lower !== 'a' && lower !== 'area');
      const kind = checkValue(name, attribute, URL_ATTRIBUTES.has(attr) || attr.endsWith('href'), loads);
      if (loads && kind === 'external') {
        error(attribute.index, `<${name} ${attribute.name}>`, `<${name}> memuat "${shorten(attribute.value ?? '')}" dari situs lain: situs itu bisa melihat siapa yang membaca pelajaran ini, dan isinya bisa berubah setelah diperiksa. Simpan filenya di public/ (dengan izin pemiliknya) dan pakai alamat yang diawali /, misalnya ![keterangan gambar](/gambar/nama-file.jpg)`);
      }
    }
  }

  function checkSpread(name: string, attribute: MdxAttribute) {
    if (isCommentOnly(attribute.expression ?? '')) return;
    error(attribute.index, `<${name}>`, `{${shorten((attribute.expression ?? '').trim())}} di dalam tag <${name}> adalah kode JavaScript dan tidak boleh ada di pelajaran. Tulis setiap atribut sebagai nama="teks"`);
  }

  /** An attribute's value: quoted text, or an expression that must be plain data; returns the address kind for URL attributes. */
  function checkValue(name: string, attribute: MdxAttribute, isUrl: boolean, loads: boolean): UrlKind | undefined {
    const field = `<${name} ${attribute.name}>`;
    const texts: string[] = [];
    if (attribute.value !== undefined) texts.push(attribute.value);
    if (attribute.expression !== undefined) {
      const literal = parseLiteral(attribute.expression);
      if (!literal) {
        error(attribute.index, field, `${attribute.name}={${shorten(attribute.expression.trim())}} adalah kode JavaScript dan tidak boleh ada di pelajaran. Tulis isinya sebagai teks dalam tanda kutip: ${attribute.name}="…"${name === 'Perbandingan' && attribute.name === 'baris' ? ', atau sebagai daftar seperti baris={[{ aspek: "…", kiri: "…", kanan: "…" }]}' : ''}`);
        return undefined;
      }
      texts.push(...literal.strings.map((s) => s.value));
    }
    if (isUrl && texts.length === 1) {
      // srcset lists several addresses: "/a.png 1x, https://…/b.png 2x".
      const addresses = attribute.name.toLowerCase() === 'srcset' ? texts[0].split(',').map((part) => part.trim().split(/\s+/)[0]) : [texts[0]];
      const kinds = addresses.map((url) => checkAddress(attribute.index, field, url, loads ? `alamat ${attribute.name}` : 'alamat tautan'));
      return kinds.includes('external') ? 'external' : kinds[0];
    }
    for (const text of texts) {
      if (looksLikeCodeAddress(text)) {
        error(attribute.index, field, `isi atribut ${attribute.name} "${shorten(text)}" berisi alamat javascript:, data: atau vbscript:, yang menjalankan kode. Hapus atau ganti dengan teks biasa`);
      }
    }
    return undefined;
  }
}

/**
 * In an attribute that is not an address (a title, a table cell), only a value that is clearly
 * such an address counts: "Data: 5 orang" is a title, "data:text/html,…" is not.
 */
function looksLikeCodeAddress(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  const cleaned = text.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return /^(javascript|vbscript):/.test(cleaned) || /^data:([a-z]+\/[\w.+-]+)?[;,]/.test(cleaned);
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}
