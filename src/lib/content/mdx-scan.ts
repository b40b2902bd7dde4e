/**
 * A small scanner for the body of an MDX lesson: it finds what MDX would turn into code or markup
 * (import/export lines, `{…}` expressions, JSX tags with their attributes, links, images, link
 * definitions) and what it leaves as text (code blocks, inline code, escaped characters, prose).
 *
 * It does not build a syntax tree and does not decide what is allowed; ./check-mdx.ts does, with
 * these tokens. It follows what the MDX compiler Astro uses (satteri) does with the same text:
 *
 * - A fenced code block (``` or ~~~, at any indentation: MDX has no indented code blocks) and an
 *   inline code span (`…`) are text; `{` and `<` inside them are shown, not run.
 * - A backslash before ASCII punctuation (`\{`, `\<`) makes the character plain text.
 * - `{…}` anywhere else is a JavaScript expression, `{/* … *\/}` a comment.
 * - `<` followed by a letter, `/` or `>` starts a JSX tag; `a < b` stays text.
 * - A line that starts with `import` or `export` and a space is module code (ESM).
 *
 * The scanner is lenient: where MDX would refuse to compile, it stops at a sensible place and
 * lets the build report the syntax; it must never hide a construct MDX would run.
 */

export interface MdxAttribute {
  name: string;
  /** Offset in the body of the attribute name. */
  index: number;
  /** A quoted value, with character references (&#58;) decoded as MDX decodes them. */
  value?: string;
  /** Offset in the body of the value's first character. */
  valueIndex?: number;
  /** `name={…}`: the source between the braces. */
  expression?: string;
  /** `{…}` in place of an attribute (a spread, or a comment). */
  spread?: boolean;
}

export type MdxToken =
  | { kind: 'esm'; index: number; source: string }
  | { kind: 'expression'; index: number; source: string }
  | { kind: 'tag'; index: number; name: string; closing: boolean; attributes: MdxAttribute[] }
  | { kind: 'link' | 'image'; index: number; url: string }
  | { kind: 'image-reference'; index: number; label: string }
  | { kind: 'definition'; index: number; label: string; url: string };

export interface MdxScan {
  tokens: MdxToken[];
  /**
   * The body as a reader sees it: same length and line breaks, with tags, expressions, module
   * code and link addresses replaced by spaces. Code blocks and link texts stay: they are shown.
   */
  text: string;
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const NAMED_REFERENCES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n', sol: '/', bsol: '\\',
  period: '.', comma: ',', semi: ';', lpar: '(', rpar: ')', num: '#', excl: '!', quest: '?', equals: '=', plus: '+',
  lowbar: '_', hyphen: '-', dash: '-', nbsp: '\u00a0', commat: '@', percnt: '%',
};

/** Decodes HTML character references (&#58; &#x3A; &colon;), as MDX does in attributes and link addresses. */
export function decodeReferences(value: string): string {
  return value.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_REFERENCES[ref.toLowerCase()] ?? whole;
  });
}

/** Removes Markdown backslash escapes (`\:` → `:`) from a link address. */
function unescapeMarkdown(value: string): string {
  return value.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/**
 * End (exclusive) of a JavaScript expression whose `{` is at `start`: braces are counted, and
 * strings, template literals and comments are skipped so a `}` inside them does not count.
 * Returns the body length when the expression is never closed.
 */
export function expressionEnd(source: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '"' || ch === "'") {
      i++;
      while (i < source.length && source[i] !== ch && source[i] !== '\n') i += source[i] === '\\' ? 2 : 1;
    } else if (ch === '`') {
      i++;
      while (i < source.length && source[i] !== '`') i += source[i] === '\\' ? 2 : 1;
    } else if (ch === '/' && source[i + 1] === '*') {
      const close = source.indexOf('*/', i + 2);
      i = close < 0 ? source.length : close + 1;
    } else if (ch === '/' && source[i + 1] === '/') {
      const close = source.indexOf('\n', i);
      i = close < 0 ? source.length : close - 1;
    } else if (ch === '{') depth++;
    else if (ch === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return source.length;
}

/** True when an expression's source holds nothing but comments and white space: `{/* catatan *\/}`. */
export function isCommentOnly(source: string): boolean {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '').trim() === '';
}

/** End (exclusive) of `[…]` starting at `start`, with nested brackets; -1 when it does not close on its paragraph. */
function bracketEnd(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) return i + 1;
    else if (ch === '\n' && /^\n[ \t]*\n/.test(source.slice(i, i + 80))) return -1;
  }
  return -1;
}

/**
 * Reads a link destination after `(` at `start`: `<…>` or a run without spaces and with balanced
 * parentheses, then an optional title, then `)`. Returns the raw address and the offset after `)`.
 */
function linkDestination(source: string, start: number): { url: string; urlIndex: number; end: number } | undefined {
  let i = start;
  while (source[i] === ' ' || source[i] === '\t' || source[i] === '\n') i++;
  let url: string;
  const urlIndex = i;
  if (source[i] === '<') {
    const close = source.indexOf('>', i);
    if (close < 0) return undefined;
    url = source.slice(i + 1, close);
    i = close + 1;
  } else {
    let depth = 0;
    const from = i;
    while (i < source.length && !/\s/.test(source[i])) {
      if (source[i] === '\\') i++;
      else if (source[i] === '(') depth++;
      else if (source[i] === ')') {
        if (depth === 0) break;
        depth--;
      }
      i++;
    }
    url = source.slice(from, i);
  }
  // An optional title ("…", '…' or (…)), then the closing parenthesis.
  while (source[i] === ' ' || source[i] === '\t' || source[i] === '\n') i++;
  if (source[i] === '"' || source[i] === "'" || source[i] === '(') {
    const closer = source[i] === '(' ? ')' : source[i];
    const close = source.indexOf(closer, i + 1);
    if (close < 0) return undefined;
    i = close + 1;
    while (source[i] === ' ' || source[i] === '\t' || source[i] === '\n') i++;
  }
  if (source[i] !== ')') return undefined;
  return { url: decodeReferences(unescapeMarkdown(url)), urlIndex, end: i + 1 };
}

/** Parses a JSX tag whose `<` is at `start`. Returns the token and the offset after `>`. */
function parseTag(source: string, start: number): { token: Extract<MdxToken, { kind: 'tag' }>; end: number } {
  let i = start + 1;
  const skipSpace = () => {
    while (i < source.length && /\s/.test(source[i])) i++;
  };
  skipSpace();
  const closing = source[i] === '/';
  if (closing) {
    i++;
    skipSpace();
  }
  const nameMatch = /^[A-Za-z_$][\w$.:-]*/.exec(source.slice(i, i + 200));
  const name = nameMatch ? nameMatch[0] : '';
  i += name.length;
  const attributes: MdxAttribute[] = [];
  while (i < source.length) {
    skipSpace();
    const ch = source[i];
    if (ch === '>') return { token: { kind: 'tag', index: start, name, closing, attributes }, end: i + 1 };
    if (ch === '/' && source[i + 1] === '>') return { token: { kind: 'tag', index: start, name, closing, attributes }, end: i + 2 };
    if (ch === '{') {
      const end = expressionEnd(source, i);
      attributes.push({ name: '', index: i, expression: source.slice(i + 1, end - 1), spread: true });
      i = end;
      continue;
    }
    const attrMatch = /^[^\s=/>{"']+/.exec(source.slice(i, i + 200));
    if (!attrMatch) break; // Not valid JSX: the compiler reports it; stop here.
    const attribute: MdxAttribute = { name: attrMatch[0], index: i };
    attributes.push(attribute);
    i += attrMatch[0].length;
    skipSpace();
    if (source[i] !== '=') continue;
    i++;
    skipSpace();
    const quote = source[i];
    if (quote === '"' || quote === "'") {
      const close = source.indexOf(quote, i + 1);
      const end = close < 0 ? source.length : close;
      attribute.value = decodeReferences(source.slice(i + 1, end));
      attribute.valueIndex = i + 1;
      i = end + 1;
    } else if (quote === '{') {
      const end = expressionEnd(source, i);
      attribute.expression = source.slice(i + 1, end - 1);
      attribute.valueIndex = i + 1;
      i = end;
    } else break;
  }
  return { token: { kind: 'tag', index: start, name, closing, attributes }, end: Math.min(i, source.length) };
}

const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const ESM = /^(import|export)(?=[\s{*]|$)/;
const DEFINITION = /^[ \t]{0,3}\[((?:[^\]\\\n]|\\.)+)\]:[ \t]*\n?[ \t]*(<[^>\n]*>|\S+)/;

/** Scans an MDX body (the part after the frontmatter); `inline` for a piece inside a line (a link's text). */
export function scanMdx(body: string, options: { inline?: boolean } = {}): MdxScan {
  const tokens: MdxToken[] = [];
  const text = body.split('');
  const blank = (from: number, to: number) => {
    for (let k = from; k < to && k < text.length; k++) if (text[k] !== '\n') text[k] = ' ';
  };

  let i = 0;
  let lineStart = !options.inline;
  while (i < body.length) {
    if (lineStart) {
      lineStart = false;
      const lineEnd = body.indexOf('\n', i) < 0 ? body.length : body.indexOf('\n', i);
      const line = body.slice(i, lineEnd);

      // A fenced code block: everything up to the closing fence is text shown to the reader.
      const fence = FENCE.exec(line);
      if (fence) {
        const marker = fence[1];
        let next = lineEnd + 1;
        let closed = body.length;
        while (next < body.length) {
          const end = body.indexOf('\n', next) < 0 ? body.length : body.indexOf('\n', next);
          const candidate = body.slice(next, end);
          const close = /^[ \t]*(`{3,}|~{3,})[ \t]*$/.exec(candidate);
          if (close && close[1][0] === marker[0] && close[1].length >= marker.length) {
            closed = end;
            break;
          }
          next = end + 1;
        }
        blank(i, lineEnd); // the fence line and its language are not shown
        i = closed + 1;
        lineStart = true;
        continue;
      }

      // Module code: runs at build time. It lasts until a blank line.
      if (ESM.test(line)) {
        const blankLine = /\n[ \t]*(\n|$)/.exec(body.slice(i));
        const end = blankLine ? i + blankLine.index : body.length;
        tokens.push({ kind: 'esm', index: i, source: body.slice(i, end) });
        blank(i, end);
        i = end;
        continue;
      }

      // A link definition "[label]: address": images and links may use it by label.
      const definition = DEFINITION.exec(body.slice(i, i + 2000));
      if (definition) {
        const raw = definition[2].startsWith('<') ? definition[2].slice(1, -1) : definition[2];
        tokens.push({ kind: 'definition', index: i, label: definition[1].toLowerCase(), url: decodeReferences(unescapeMarkdown(raw)) });
        blank(i, i + definition[0].length);
        i += definition[0].length;
        continue;
      }
    }

    const ch = body[i];
    if (ch === '\n') {
      lineStart = true;
      i++;
    } else if (ch === '\\' && ASCII_PUNCTUATION.test(body[i + 1] ?? '')) {
      i += 2;
    } else if (ch === '`') {
      // Inline code: a run of backticks closed by a run of the same length.
      const run = /^`+/.exec(body.slice(i))![0];
      const close = new RegExp(`(?<!\`)${run}(?!\`)`).exec(body.slice(i + run.length));
      i += close ? run.length + close.index + run.length : run.length;
    } else if (ch === '{') {
      const end = expressionEnd(body, i);
      tokens.push({ kind: 'expression', index: i, source: body.slice(i + 1, end - 1) });
      blank(i, end);
      i = end;
    } else if (ch === '<' && /[A-Za-z_$/>]/.test(body[i + 1] ?? '')) {
      const { token, end } = parseTag(body, i);
      tokens.push(token);
      // Blanked as a whole: prose in attributes (a title, a table cell) is read from the token.
      blank(i, end);
      i = end;
    } else if (ch === '[' || (ch === '!' && body[i + 1] === '[')) {
      const image = ch === '!';
      const open = image ? i + 1 : i;
      const close = bracketEnd(body, open);
      if (close < 0) {
        i = open + 1;
        continue;
      }
      if (body[close] === '(') {
        const destination = linkDestination(body, close + 1);
        if (destination) {
          tokens.push({ kind: image ? 'image' : 'link', index: i, url: destination.url });
          blank(close, destination.end);
          // The link text is scanned like any text: it can hold code or tags too.
          const inner = scanMdx(body.slice(open + 1, close - 1), { inline: true });
          for (const token of inner.tokens) tokens.push({ ...token, index: token.index + open + 1 } as MdxToken);
          for (let k = 0; k < inner.text.length; k++) text[open + 1 + k] = inner.text[k];
          i = destination.end;
          continue;
        }
      }
      if (image) {
        // ![alt][label], ![label][] or ![label]: an image whose address is in a definition.
        const reference = /^\[([^\]]*)\]/.exec(body.slice(close));
        const label = reference && reference[1] ? reference[1] : body.slice(open + 1, close - 1);
        tokens.push({ kind: 'image-reference', index: i, label: label.toLowerCase() });
      }
      i = open + 1;
    } else i++;
  }
  return { tokens, text: text.join('') };
}

/** Line (1-based, counted in the body) of an offset in the body. */
export function lineAt(body: string, index: number): number {
  let line = 1;
  for (let k = 0; k < index && k < body.length; k++) if (body[k] === '\n') line++;
  return line;
}

/**
 * Reads an attribute expression that is plain data — text in quotes, numbers, true/false/null,
 * lists [ … ] and records { name: … } — as `baris={[{ aspek: "…", kiri: "…", kanan: "…" }]}`
 * needs. Returns the texts it holds (with their offsets in `source`), or undefined when the
 * expression is anything else: a name, a call, a template, an operator — code that would run.
 */
export function parseLiteral(source: string): { strings: { value: string; index: number }[] } | undefined {
  const strings: { value: string; index: number }[] = [];
  let i = 0;
  const space = () => {
    for (;;) {
      while (i < source.length && /\s/.test(source[i])) i++;
      if (source.startsWith('/*', i)) {
        const close = source.indexOf('*/', i + 2);
        if (close < 0) return false;
        i = close + 2;
      } else if (source.startsWith('//', i)) {
        const close = source.indexOf('\n', i);
        i = close < 0 ? source.length : close;
      } else return true;
    }
  };
  const string = (): string | undefined => {
    const quote = source[i];
    if (quote !== '"' && quote !== "'") return undefined;
    let value = '';
    const start = i + 1;
    for (i++; i < source.length && source[i] !== quote; i++) {
      if (source[i] === '\n') return undefined;
      if (source[i] === '\\') {
        i++;
        const escaped = source[i];
        // Only the escapes that keep it plain text: \" \' \\ \n \t. \u and \x could spell anything.
        if (escaped === 'n') value += '\n';
        else if (escaped === 't') value += '\t';
        else if (escaped === '"' || escaped === "'" || escaped === '\\') value += escaped;
        else return undefined;
      } else value += source[i];
    }
    if (source[i] !== quote) return undefined;
    i++;
    strings.push({ value, index: start });
    return value;
  };
  const value = (): boolean => {
    if (!space()) return false;
    const ch = source[i];
    if (ch === '"' || ch === "'") return string() !== undefined;
    const number = /^-?\d+(\.\d+)?/.exec(source.slice(i));
    if (number) {
      i += number[0].length;
      return true;
    }
    const keyword = /^(true|false|null)(?![\w$])/.exec(source.slice(i));
    if (keyword) {
      i += keyword[0].length;
      return true;
    }
    if (ch === '[' || ch === '{') {
      const closer = ch === '[' ? ']' : '}';
      i++;
      for (;;) {
        if (!space()) return false;
        if (source[i] === closer) {
          i++;
          return true;
        }
        if (ch === '{') {
          // A key: a plain name or text in quotes (no [computed] keys, no ...spread, no methods).
          const name = /^[A-Za-z_$][\w$]*/.exec(source.slice(i));
          if (name) i += name[0].length;
          else if (string() === undefined) return false;
          else strings.pop(); // a quoted key is not text a reader sees
          if (!space() || source[i] !== ':') return false;
          i++;
        }
        if (!value()) return false;
        if (!space()) return false;
        if (source[i] === ',') i++;
        else if (source[i] !== closer) return false;
      }
    }
    return false;
  };
  if (!value() || !space() || i !== source.length) return undefined;
  return { strings };
}
