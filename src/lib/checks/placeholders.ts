/**
 * Placeholders left from a template. `npm run baru` writes "GANTI: …" wherever the editor must
 * write something; until every one is replaced, the check fails on that line and repeats the
 * instruction. (Fields like topik, urutan and dates get placeholders the schemas reject too,
 * so `npm run check:content` alone also refuses an untouched template.)
 */
import fs from 'node:fs';
import { listFiles, relativeFile } from '../content/files.ts';
import type { Problem } from '../content/problems.ts';

export const PLACEHOLDER = 'GANTI';
const MARK = new RegExp(`\\b${PLACEHOLDER}\\b:?\\s*(.*)`);

export function findPlaceholders(contentRoot: string): Problem[] {
  const problems: Problem[] = [];
  for (const absolute of listFiles(contentRoot, ['.yaml', '.yml', '.mdx', '.md'])) {
    const file = relativeFile(absolute);
    const isMdx = /\.mdx?$/.test(absolute);
    let inFrontmatter = false;
    let inComment = false;
    fs.readFileSync(absolute, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (isMdx && line.trim() === '---' && (index === 0 || inFrontmatter)) {
          inFrontmatter = index === 0;
          return;
        }
        // Comments explain; only what readers would see counts: "# …" in YAML, {/* … */} in MDX.
        const isYaml = !isMdx || inFrontmatter;
        const wasInComment = inComment;
        if (!isYaml && line.includes('{/*')) inComment = !line.includes('*/}', line.indexOf('{/*'));
        else if (inComment && line.includes('*/}')) inComment = false;
        if (wasInComment || (isYaml && line.trim().startsWith('#')) || (!isYaml && line.trim().startsWith('{/*'))) return;
        const match = MARK.exec(line);
        if (!match) return;
        const field = /^\s*-?\s*([A-Za-z]+):\s/.exec(line)?.[1];
        const instruction = match[1].replace(/["']\s*$/, '').trim().replace(/[.]+$/, '');
        problems.push({
          file,
          line: index + 1,
          field: field && field !== PLACEHOLDER ? field : undefined,
          message: `isian contoh dari templat belum diganti${instruction ? `: ${instruction}` : ''}. Hapus "${PLACEHOLDER}:" dan tulis isi yang sebenarnya.`,
          level: 'error',
        });
      });
  }
  return problems;
}
