/**
 * Whether the built site is older than what it is built from, so `npm run check` builds
 * only when it must: an editor who runs the check twice without changing anything waits once.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Why the site must be built again, or undefined when the build is up to date. */
export function staleReason(outDir: string, inputs: readonly string[]): string | undefined {
  const marker = path.join(outDir, 'index.html');
  if (!fs.existsSync(marker)) return `belum ada hasil build di ${outDir}/`;
  const built = fs.statSync(marker).mtimeMs;
  for (const input of inputs) {
    const changed = newerFile(input, built);
    if (changed) return `${path.relative(process.cwd(), changed) || changed} berubah setelah build terakhir`;
  }
  return undefined;
}

/** The first file under `input` changed after `time`, if any. */
function newerFile(input: string, time: number): string | undefined {
  if (!fs.existsSync(input)) return undefined;
  const stat = fs.statSync(input);
  if (!stat.isDirectory()) return stat.mtimeMs > time ? input : undefined;
  for (const entry of fs.readdirSync(input, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (fs.statSync(file).mtimeMs > time) return file;
  }
  return undefined;
}
