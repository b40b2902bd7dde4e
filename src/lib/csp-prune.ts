/**
 * Each page's Content Security Policy lists only the hashes that page uses. Astro writes the same
 * list of script and style hashes into every page (its whole bundle), while this site loads scripts
 * and styles as files ('self') and inlines none: a hash a page does not use would only allow code
 * that is not there. Plain TypeScript: src/middleware.ts applies it to every page as it is built.
 */
import { createHash } from 'node:crypto';

const META = /<meta\b[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i;
const HASH = /^'sha(256|384|512)-([A-Za-z0-9+/=]+)'$/;

/** Hashes ("sha256-…") of the inline <script> and <style> elements of a page, for each algorithm. */
function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi)) {
    if (match[1].toLowerCase() === 'script' && /\bsrc\s*=/.test(match[2])) continue;
    for (const algorithm of ['sha256', 'sha384', 'sha512']) hashes.add(`${algorithm}-${createHash(algorithm).update(match[3]).digest('base64')}`);
  }
  return hashes;
}

/** The page with the hashes it does not use removed from the policy in its <meta>. */
export function pruneCspHashes(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const used = inlineHashes(html);
  const pruned = meta[0].replace(/content=(?:"([^"]*)"|'([^']*)')/i, (whole, doubleQuoted?: string, singleQuoted?: string) => {
    const quote = whole.charAt('content='.length);
    const policy = doubleQuoted ?? singleQuoted ?? '';
    const decoded = policy.replaceAll('&#39;', "'");
    const kept = decoded
      .split(';')
      .map((directive) =>
        directive
          .split(/\s+/)
          .filter((source) => {
            const hash = HASH.exec(source);
            return !hash || used.has(`sha${hash[1]}-${hash[2]}`);
          })
          .join(' ')
          .trim(),
      )
      .filter(Boolean)
      .join('; ');
    return `content=${quote}${policy.includes('&#39;') ? kept.replaceAll("'", '&#39;') : kept}${quote}`;
  });
  return html.slice(0, meta.index) + pruned + html.slice(meta.index + meta[0].length);
}
