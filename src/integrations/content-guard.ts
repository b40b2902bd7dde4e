/**
 * Runs the content check (src/lib/content/validate.ts) inside `astro build` itself, before any
 * page is rendered: hosts often run `astro build` directly (or a build command of their own)
 * rather than `npm run build`, and a lesson that runs code, a number that is not in
 * content/kontak or a symlinked file must never be published that way either.
 *
 * - `astro build`: any error stops the build, with every problem printed as `check:content`
 *   prints it (file, line, field, the fix in Indonesian).
 * - `astro dev`: the problems are printed as warnings and the server keeps running, so an editor
 *   can keep previewing while fixing them.
 *
 * `npm run build` runs `check:content` first and then `astro build`, so the check runs twice
 * there. It takes well under a second (about 0.2 s for this content), which is cheaper than a
 * second code path that could drift from the first.
 */
import type { AstroIntegration } from 'astro';
import { validateContent } from '../lib/content/validate.ts';
import { formatProblem } from '../lib/content/problems.ts';

export default function contentGuard(): AstroIntegration {
  return {
    name: 'desa-binaan:content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { problems } = validateContent();
        const errors = problems.filter((p) => p.level === 'error');
        if (errors.length === 0) return;
        const text = errors.map((p) => formatProblem(p)).join('\n\n');
        if (command === 'dev') {
          logger.warn(`Pemeriksaan konten: ${errors.length} galat. Situs tetap tampil di komputer ini, tetapi tidak bisa diterbitkan sebelum diperbaiki:\n\n${text}`);
          return;
        }
        logger.error(`\n${text}\n`);
        // A short error without a stack trace: the list above is what the editor needs.
        const stop = new Error(`Pemeriksaan konten: ${errors.length} galat. Perbaiki galat di atas; situs tidak diterbitkan sebelum semuanya beres.`);
        stop.stack = stop.message;
        throw stop;
      },
    },
  };
}
