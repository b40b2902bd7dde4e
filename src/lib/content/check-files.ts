/**
 * One file per entry, and files the checks can trust (run by ./validate.ts before any file is read).
 *
 * - Two files for one entry in a folder ("sapa-129.yaml" and "sapa-129.yml", "paspor.mdx" and
 *   "paspor.md"): the site would silently publish one of them.
 * - Symbolic links anywhere in content/ or public/: the content check reads only real files
 *   (src/lib/content/files.ts listFiles), so a linked lesson would be published unchecked, and a
 *   link in public/ copies a file of the build machine into the published site.
 * - Anything else that is not a plain file or folder (a device, a pipe): reading it could hang.
 * - Text that is not UTF-8: Node would quietly turn the bad bytes into "�" on the page.
 * - Files too large to be a lesson or a data file (SIZE_LIMITS): a pasted document or a generated
 *   file in the wrong place, and a cost for every build and every reader's download.
 */
import fs from 'node:fs';
import path from 'node:path';
import { relativeFile } from './files.ts';
import type { Problem } from './problems.ts';

/** Extensions of the files an entry can be written in; two of them with one name are one entry twice. */
const ENTRY_EXTENSIONS = ['.yaml', '.yml', '.mdx', '.md'];
/** Text files: must be UTF-8. */
const TEXT_EXTENSIONS = new Set([...ENTRY_EXTENSIONS, '.json', '.txt', '.csv']);

/**
 * Largest file the check accepts, in bytes. The largest file today is a journey of 25 kB; a
 * lesson is under 20 kB. content/wilayah holds one file per kecamatan from the national import:
 * the largest kecamatan in Indonesia has 108 desa (about 12 kB imported), and editors add an
 * office, agents and notes to each desa — 1 MB leaves room for ten times that.
 */
export const SIZE_LIMITS = { default: 200 * 1024, wilayah: 1024 * 1024 } as const;

const kB = (bytes: number) => `${Math.round(bytes / 1024)} kB`;

/** Line (1-based) of the first byte that is not valid UTF-8, or undefined when the whole text is valid. */
export function firstInvalidUtf8Line(bytes: Uint8Array): number | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    decoder.decode(bytes);
    return undefined;
  } catch {
    // Find the line: decode line by line (a line break is never inside a UTF-8 sequence).
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          decoder.decode(bytes.subarray(start, i));
        } catch {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return 1;
  }
}

export interface FileCheckOptions {
  /** The content folder. */
  root: string;
  /** The folder of static files copied into the site as they are (public/). */
  publicDir: string;
}

export function checkFiles({ root, publicDir }: FileCheckOptions): Problem[] {
  const problems: Problem[] = [];
  const error = (absolute: string, message: string, line?: number) => problems.push({ file: relativeFile(absolute), line, message, level: 'error' });
  const wilayah = path.join(root, 'wilayah') + path.sep;

  function walk(dir: string, inContent: boolean) {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (cause) {
      error(dir, `folder ini tidak bisa dibaca (${(cause as NodeJS.ErrnoException).code ?? 'galat'}): periksa izin aksesnya`);
      return;
    }
    const byEntry = new Map<string, string[]>();
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const absolute = path.join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        let target = '';
        try {
          target = fs.readlinkSync(absolute);
        } catch {
          // the name is enough
        }
        error(
          absolute,
          `ini tautan simbolik (symlink)${target ? ` ke ${target}` : ''}, bukan file. ${inContent ? 'Isi di content/ harus berupa file biasa supaya diperiksa sebelum diterbitkan' : 'Tautan di public/ bisa menyalin file dari komputer yang membangun situs ke situs yang diterbitkan'}: hapus tautan ini dan simpan salinan filenya sendiri di sini`,
        );
        continue;
      }
      if (entry.isDirectory()) {
        walk(absolute, inContent);
        continue;
      }
      if (!entry.isFile()) {
        error(absolute, 'ini bukan file biasa (misalnya perangkat atau pipa) dan tidak bisa dibaca sebagai isi situs: hapus dari folder ini');
        continue;
      }
      if (!inContent) continue;
      const extension = path.extname(entry.name).toLowerCase();
      if (ENTRY_EXTENSIONS.includes(extension)) {
        const id = entry.name.slice(0, -extension.length);
        byEntry.set(id, [...(byEntry.get(id) ?? []), absolute]);
      }
      const size = fs.statSync(absolute).size;
      const limit = absolute.startsWith(wilayah) ? SIZE_LIMITS.wilayah : SIZE_LIMITS.default;
      if (size > limit) {
        error(absolute, `file ini ${kB(size)}, batasnya ${kB(limit)}. Pelajaran atau data sebesar ini biasanya salah tempel (misalnya dokumen utuh) atau file hasil program: pecah menjadi beberapa file, dan sebut dokumen aslinya sebagai tautan di sumber`);
        continue;
      }
      if (TEXT_EXTENSIONS.has(extension)) {
        const line = firstInvalidUtf8Line(fs.readFileSync(absolute));
        if (line !== undefined) {
          error(absolute, `file ini bukan teks UTF-8 (mulai baris ${line}); huruf yang salah akan tampil sebagai "�". Simpan ulang dengan pengodean UTF-8 (di editor teks: Save with Encoding → UTF-8), atau salin isinya ke file baru`, line);
        }
      }
    }
    for (const [id, files] of byEntry) {
      if (files.length < 2) continue;
      const names = files.map((f) => path.basename(f));
      for (const file of files.slice(1)) {
        error(file, `${names.map((n) => `"${n}"`).join(' dan ')} adalah dua file untuk satu entri "${id}"; situs hanya memakai salah satunya, tanpa pemberitahuan. Gabungkan isinya ke ${names[0]}, lalu hapus ${path.basename(file)}`);
      }
    }
  }

  if (fs.existsSync(root)) walk(root, true);
  if (fs.existsSync(publicDir)) walk(publicDir, false);
  return problems;
}
