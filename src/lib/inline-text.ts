/**
 * The little markup editors may use in YAML text, split into parts a component renders:
 * `{fakta:id}` (a registered value), `{name}` (filled from the given values), `[label](address)`
 * and `**bold**`. Plain TypeScript: the content check reads texts the same way.
 */
import { fill } from '../i18n/fill.ts';
import { splitFactText } from './facts.ts';

export type InlinePart = { text: string } | { fact: string } | { text: string; link: string } | { text: string; bold: true };

/** Addresses a link may have: on this site, or on the web. Anything else (javascript:, data:) stays text. */
const SAFE_LINK = /^(\/|#|https?:\/\/|mailto:)/;
const MARKUP = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*/g;

/** Splits a text into plain, fact, link and bold parts, filling `{name}` placeholders first. */
export function inlineParts(text: string, vars: Record<string, string | number> = {}): InlinePart[] {
  const parts: InlinePart[] = [];
  for (const piece of splitFactText(fill(text, vars))) {
    if ('fact' in piece) {
      parts.push(piece);
      continue;
    }
    let last = 0;
    for (const match of piece.text.matchAll(MARKUP)) {
      if (match.index > last) parts.push({ text: piece.text.slice(last, match.index) });
      if (match[1] !== undefined) parts.push(SAFE_LINK.test(match[2]) ? { text: match[1], link: match[2] } : { text: match[0] });
      else parts.push({ text: match[3], bold: true });
      last = match.index + match[0].length;
    }
    if (last < piece.text.length) parts.push({ text: piece.text.slice(last) });
  }
  return parts;
}
