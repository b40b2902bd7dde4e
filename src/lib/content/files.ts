/**
 * Reads content files the way editors wrote them: YAML data files and MDX frontmatter,
 * keeping line numbers so every problem can point at the line to fix.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node } from 'yaml';

export interface ReadFile {
  /** Path relative to the working directory, as editors see it in their pull request. */
  file: string;
  /** Parsed data, or undefined when the YAML could not be read. */
  data: unknown;
  /** Body of an MDX file (after the frontmatter). */
  body?: string;
  /** Line in the file where the body starts (1-based). */
  bodyLine?: number;
  /** A syntax error: line and Indonesian explanation. */
  syntaxError?: { line?: number; message: string };
  /** Line (1-based) of the value at a data path, when it can be found. */
  lineOf: (fieldPath: readonly PropertyKey[]) => number | undefined;
}

export function relativeFile(absolute: string): string {
  const rel = path.relative(process.cwd(), absolute);
  return rel.startsWith('..') ? absolute : rel.split(path.sep).join('/');
}

function fromYaml(file: string, source: string, lineOffset: number): Omit<ReadFile, 'body' | 'bodyLine'> {
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(source, { lineCounter, prettyErrors: true, uniqueKeys: true });
  } catch {
    return { file, data: undefined, syntaxError: { message: UNREADABLE_YAML }, lineOf: () => undefined };
  }
  const lineOf = (fieldPath: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let found: Node | undefined;
    for (const key of fieldPath) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown })?.value === key);
        if (!pair) break;
        found = (pair.key as Node) ?? found;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        found = (node as Node) ?? found;
      } else break;
    }
    const range = (found ?? (doc.contents as Node | null))?.range;
    return range ? lineCounter.linePos(range[0]).line + lineOffset : undefined;
  };
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const line = error.linePos?.[0]?.line;
    const reason =
      error.code === 'DUPLICATE_KEY'
        ? 'ada kolom yang ditulis dua kali; hapus salah satunya'
        : 'penulisan YAML tidak benar. Periksa titik dua setelah nama kolom, spasi di awal baris (jangan pakai Tab), dan tanda kutip yang belum ditutup';
    return { file, data: undefined, syntaxError: { line: line === undefined ? undefined : line + lineOffset, message: reason }, lineOf };
  }
  try {
    // maxAliasCount: a "billion laughs" file (aliases of aliases) would take all memory to expand.
    return { file, data: doc.toJS({ maxAliasCount: MAX_ALIASES }), lineOf };
  } catch {
    return { file, data: undefined, syntaxError: { message: UNREADABLE_YAML }, lineOf };
  }
}

/** Aliases (*nama) a YAML file may expand; content files use none, so 100 is generous. */
const MAX_ALIASES = 100;
const UNREADABLE_YAML =
  'file YAML ini tidak bisa dibaca: isinya terlalu besar jika dibuka (alias "*nama" yang merujuk ke alias lain) atau susunannya rusak. Tulis setiap isi langsung tanpa alias (& dan *), seperti contoh di CONTRIBUTING.md';

/** Reads a file's text; an unreadable file (a folder, no permission) becomes a syntax error naming it, never a crash. */
function readText(absolute: string): { source: string } | { error: string } {
  try {
    return { source: fs.readFileSync(absolute, 'utf8') };
  } catch (cause) {
    return { error: `file ini tidak bisa dibaca (${(cause as NodeJS.ErrnoException).code ?? 'galat'}): pastikan ini file teks biasa` };
  }
}

/** Reads a YAML data file. */
export function readYaml(absolute: string): ReadFile {
  const file = relativeFile(absolute);
  const text = readText(absolute);
  if ('error' in text) return { file, data: undefined, syntaxError: { message: text.error }, lineOf: () => undefined };
  return fromYaml(file, text.source, 0);
}

/** Reads an MDX file's frontmatter and body. */
export function readMdx(absolute: string): ReadFile {
  const file = relativeFile(absolute);
  const text = readText(absolute);
  if ('error' in text) return { file, data: undefined, syntaxError: { message: text.error }, lineOf: () => undefined };
  const source = text.source.replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) {
    return {
      file,
      data: undefined,
      syntaxError: { line: 1, message: 'frontmatter tidak ditemukan: file harus diawali baris "---", lalu kolom-kolom, lalu "---" lagi' },
      lineOf: () => undefined,
    };
  }
  const result = fromYaml(file, match[1], 1);
  const bodyLine = match[0].split('\n').length;
  return { ...result, body: source.slice(match[0].length), bodyLine };
}

/** Files with one of the given extensions under a folder, sorted, recursively. Missing folder → []. */
export function listFiles(dir: string, extensions: readonly string[]): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Entry id from a file name: "content/kontak/sapa-129.yaml" → "sapa-129". */
export function idFromFile(file: string): string {
  return path.basename(file).replace(/\.(ya?ml|mdx?)$/, '');
}
