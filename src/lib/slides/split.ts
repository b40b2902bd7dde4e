/**
 * Splits a lesson's rendered HTML into slides, at build time.
 *
 * The lesson is rendered once with its MDX components, the facilitator note replaced by
 * SpeakerNote, then cut here: a top-level `<h2>` starts a slide, a top-level <PotongSlide />
 * marker continues the section on a new slide, and every speaker-note element is taken out of
 * the slide and kept as its notes.
 * Working on the rendered HTML (rather than on the MDX syntax tree) means whatever the MDX
 * components render is what the slide shows, and no build plugin touches the lesson page.
 *
 * Astro's output is well formed (every element is closed, attributes are quoted and escaped),
 * so a small tag scanner that counts depth is enough; no HTML parser is needed.
 */

/** Attribute SpeakerNote renders on its element; its content becomes the slide's notes. */
export const NOTE_ATTRIBUTE = 'data-speaker-note';
/** Attribute <PotongSlide /> renders on its empty marker: the section continues on a new slide. */
export const BREAK_ATTRIBUTE = 'data-potong-slide';

export interface ContentSlide {
  /** Inner HTML of the section's `##` heading; empty for text before the first heading. */
  headingHtml: string;
  /** The same heading as plain text, for counters, notes and messages. */
  heading: string;
  /** The heading's id on the lesson page, on the section's first slide only. */
  headingId?: string;
  /** True on the second and later slides of a section split with a slide break. */
  continued: boolean;
  /** The slide's body: everything after the heading, notes taken out. */
  html: string;
  /** Inner HTML of each speaker note on this slide, in order. */
  notes: string[];
}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is text, not markup: skipped whole. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title']);
/** A comment, or a start/end tag whose quoted attribute values may contain `>`. */
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;

interface Tag {
  start: number;
  end: number;
  closing: boolean;
  name: string;
  attributes: string;
  /** A void element or `<x />`: it has no end tag. */
  empty: boolean;
}

/** Reads the tags of an HTML string in order, skipping comments and the content of script and style. */
class TagScanner {
  readonly #html: string;
  readonly #pattern = new RegExp(TAG.source, 'g');

  constructor(html: string, from = 0) {
    this.#html = html;
    this.#pattern.lastIndex = from;
  }

  /** Continue reading at `index` (after an element that was handled whole). */
  seek(index: number) {
    this.#pattern.lastIndex = index;
  }

  next(): Tag | undefined {
    for (let match = this.#pattern.exec(this.#html); match; match = this.#pattern.exec(this.#html)) {
      if (match[0].startsWith('<!--')) continue;
      const name = match[2]!.toLowerCase();
      const tag: Tag = {
        start: match.index,
        end: match.index + match[0].length,
        closing: match[1] === '/',
        name,
        attributes: match[3] ?? '',
        empty: VOID_ELEMENTS.has(name) || match[4] === '/',
      };
      if (!tag.closing && RAW_TEXT_ELEMENTS.has(name)) {
        const close = this.#html.toLowerCase().indexOf(`</${name}`, tag.end);
        this.#pattern.lastIndex = close === -1 ? this.#html.length : close;
      }
      return tag;
    }
    return undefined;
  }
}

/** Where the element opened by `open` ends: its inner HTML ends at `innerEnd`, its end tag at `end`. */
function elementEnd(html: string, open: Tag): { innerEnd: number; end: number } {
  if (open.empty) return { innerEnd: open.end, end: open.end };
  const scanner = new TagScanner(html, open.end);
  let depth = 0;
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.empty) continue;
    if (!tag.closing) depth += 1;
    else if (depth === 0) return { innerEnd: tag.start, end: tag.end };
    else depth -= 1;
  }
  return { innerEnd: html.length, end: html.length };
}

const hasAttribute = (tag: Tag, attribute: string) => new RegExp(`(^|\\s)${attribute}(\\s|=|$)`).test(tag.attributes);

function attributeValue(tag: Tag, attribute: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${attribute}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`).exec(tag.attributes);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** Plain text of an HTML fragment: tags dropped, the entities Astro writes decoded, spaces collapsed. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi, (_, dec: string, hex: string, name: string) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }[name.toLowerCase()]!;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The slides of one lesson body, in order. Text before the first heading is a slide of its own
 * when it has any; a slide left empty by a break right after a heading is dropped and its notes
 * move to the slide before it.
 */
export function splitSlides(html: string): ContentSlide[] {
  const slides: ContentSlide[] = [];
  let current: ContentSlide = { headingHtml: '', heading: '', continued: false, html: '', notes: [] };
  let cursor = 0;
  let depth = 0;

  const finish = (next: ContentSlide) => {
    const empty = current.html.trim() === '';
    if (empty && current.continued && slides.length > 0) slides.at(-1)!.notes.push(...current.notes);
    else if (!empty || current.headingHtml !== '' || current.notes.length > 0) slides.push(current);
    current = next;
  };

  const scanner = new TagScanner(html);
  /** Takes a whole element out of the flow and returns its inner HTML; the text before it stays on the current slide. */
  const take = (open: Tag) => {
    const { innerEnd, end } = elementEnd(html, open);
    current.html += html.slice(cursor, open.start);
    cursor = end;
    scanner.seek(end);
    return html.slice(open.end, innerEnd).trim();
  };

  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.closing) depth = Math.max(0, depth - 1);
    else if (hasAttribute(tag, NOTE_ATTRIBUTE)) current.notes.push(take(tag));
    else if (depth === 0 && tag.name === 'h2') {
      const headingId = attributeValue(tag, 'id');
      const headingHtml = take(tag);
      finish({ headingHtml, heading: htmlToText(headingHtml), headingId, continued: false, html: '', notes: [] });
    } else if (depth === 0 && hasAttribute(tag, BREAK_ATTRIBUTE)) {
      take(tag);
      finish({ headingHtml: current.headingHtml, heading: current.heading, continued: true, html: '', notes: [] });
    } else if (!tag.empty) depth += 1;
  }
  current.html += html.slice(cursor);
  finish(current);
  return slides.map((slide) => ({ ...slide, html: slide.html.trim() }));
}
