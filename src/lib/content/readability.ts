/**
 * Plain-language measure for lesson bodies: sentence lengths in running text.
 * Tables, list items, headings, code and component tags are left out, as the rule says.
 */

export interface Sentence {
  text: string;
  words: number;
  /** Line in the body where the sentence starts (0-based). */
  line: number;
}

/** Removes JSX/HTML tags (keeping their text content), skipping over quoted and braced attribute values. */
function stripTags(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const char = line[i];
    if (char === '<' && /[A-Za-z/!]/.test(line[i + 1] ?? '')) {
      let depth = 0;
      let quote: string | null = null;
      i++;
      while (i < line.length) {
        const c = line[i];
        if (quote) {
          if (c === quote) quote = null;
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '{') depth++;
        else if (c === '}') depth--;
        else if (c === '>' && depth <= 0) break;
        i++;
      }
      out += ' ';
      i++;
      continue;
    }
    out += char;
    i++;
  }
  return out;
}

/** Splits an MDX body into the sentences of its running text. */
export function sentencesOf(body: string): Sentence[] {
  const lines = body.split('\n');
  const kept: { text: string; line: number }[] = [];
  let inCode = false;
  let inTag = false;
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line.startsWith('```')) {
      inCode = !inCode;
      continue;
    }
    if (inCode) continue;
    // A component tag whose attributes span several lines: skip until it closes.
    if (inTag) {
      if (/\/?>\s*$/.test(line)) inTag = false;
      continue;
    }
    if (/^<[A-Za-z][^>]*$/.test(line)) {
      inTag = true;
      continue;
    }
    if (line === '' || /^(#|\||[-*+]\s|\d+[.)]\s|import\s|export\s|>)/.test(line)) {
      kept.push({ text: '\n', line: index });
      continue;
    }
    kept.push({ text: stripTags(line).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, ''), line: index });
  }
  const sentences: Sentence[] = [];
  let current = '';
  let startLine = 0;
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    const words = text.split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    if (words > 0) sentences.push({ text, words, line: startLine });
    current = '';
  };
  for (const { text, line } of kept) {
    if (text === '\n') {
      flush();
      continue;
    }
    if (current === '') startLine = line;
    // Split after . ! ? when followed by a space and a capital or a digit; keeps "Rp 1.000" and "No. 21" together.
    const parts = text.split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])/);
    for (const [i, part] of parts.entries()) {
      if (i > 0) {
        flush();
        startLine = line;
      }
      current += ` ${part}`;
    }
  }
  flush();
  return sentences;
}

export const PLAIN_LANGUAGE = { maxAverageWords: 20, maxSentenceWords: 40 } as const;
