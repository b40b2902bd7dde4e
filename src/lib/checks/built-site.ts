/**
 * The built site as a set of pages: which HTML files exist, which address each one answers,
 * and which file an internal link resolves to — the way a static host serves them
 * (a folder address serves its index.html).
 */
import fs from 'node:fs';
import path from 'node:path';

export interface BuiltPage {
  /** Address the page answers: "/pelajaran/apa-itu-tppo/". */
  url: string;
  /** Absolute path of the HTML file. */
  file: string;
}

/** Every HTML page under the output folder, sorted by address. */
export function listPages(outDir: string): BuiltPage[] {
  if (!fs.existsSync(outDir)) return [];
  return (fs.readdirSync(outDir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { url: urlOfFile(outDir, file), file };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** "dist/pelajaran/x/index.html" → "/pelajaran/x/"; "dist/404.html" → "/404.html". */
export function urlOfFile(outDir: string, file: string): string {
  const rel = path.relative(outDir, file).split(path.sep).join('/');
  if (rel === 'index.html') return '/';
  return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

export type Resolution =
  /** The address serves this file. */
  | { kind: 'file'; file: string }
  /** A folder address written without its final "/": works on most hosts through a redirect. */
  | { kind: 'no-trailing-slash'; file: string }
  | { kind: 'missing' };

/** Which file a site path ("/pelajaran/x/", "/_astro/a.css") resolves to in the output folder. */
export function resolvePath(outDir: string, sitePath: string): Resolution {
  let decoded: string;
  try {
    decoded = decodeURIComponent(sitePath);
  } catch {
    return { kind: 'missing' };
  }
  const root = path.resolve(outDir);
  const target = path.join(root, path.normalize(decoded));
  if (target !== root && !target.startsWith(root + path.sep)) return { kind: 'missing' };
  if (decoded.endsWith('/')) {
    const index = path.join(target, 'index.html');
    return isFile(index) ? { kind: 'file', file: index } : { kind: 'missing' };
  }
  if (isFile(target)) return { kind: 'file', file: target };
  const index = path.join(target, 'index.html');
  return isFile(index) ? { kind: 'no-trailing-slash', file: index } : { kind: 'missing' };
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
