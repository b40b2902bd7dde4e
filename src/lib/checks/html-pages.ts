/**
 * Reads built pages into a DOM once, with html-validate's own parser (the validator the
 * HTML check uses anyway), and keeps what the link checks need about each page: its title,
 * the ids a "#bagian" link can point to, and where each element sits in the file.
 */
import fs from 'node:fs';
import { Parser, StaticConfigLoader, type ConfigData, type HtmlElement } from 'html-validate';

export interface ParsedPage {
  source: string;
  root: HtmlElement;
  /** Every id on the page (and old-style <a name>), the targets of "#…" links. */
  ids: Set<string>;
  /** The page's <h1>, or its <title>: used to suggest a better link label. */
  title: string;
}

export type PageReader = (file: string) => ParsedPage;

/** A cached reader: each page is parsed once however many links point to it. */
export async function createPageReader(config: ConfigData): Promise<PageReader> {
  const resolved = await new StaticConfigLoader(config).getConfigFor('page.html');
  const cache = new Map<string, ParsedPage>();
  return (file) => {
    let page = cache.get(file);
    if (!page) {
      const source = fs.readFileSync(file, 'utf8');
      const root = new Parser(resolved).parseHtml(source);
      const ids = new Set<string>();
      for (const element of root.querySelectorAll('[id]')) if (element.id) ids.add(element.id);
      for (const anchor of root.querySelectorAll('a[name]')) {
        const name = anchor.getAttributeValue('name');
        if (name) ids.add(name);
      }
      const heading = root.querySelector('h1') ?? root.querySelector('title');
      page = { source, root, ids, title: squeeze(heading?.textContent ?? '') };
      cache.set(file, page);
    }
    return page;
  };
}

/** The name a reader hears for a link: aria-label, else its text and the alt text of its images. */
export function accessibleLabel(element: HtmlElement, page: ParsedPage): string {
  const ariaLabel = element.getAttributeValue('aria-label');
  if (ariaLabel?.trim()) return squeeze(ariaLabel);
  const labelledBy = element.getAttributeValue('aria-labelledby');
  if (labelledBy?.trim()) {
    const parts = labelledBy
      .split(/\s+/)
      .map((id) => page.root.querySelector(`[id="${id.replace(/"/g, '\\"')}"]`)?.textContent ?? '');
    if (parts.join('').trim()) return squeeze(parts.join(' '));
  }
  const alts = element.querySelectorAll('img[alt]').map((img) => img.getAttributeValue('alt') ?? '');
  return squeeze([element.textContent, ...alts].join(' '));
}

export function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A short, one-line piece of the page source around an offset, for messages. */
export function excerpt(source: string, offset: number, before = 30, after = 80): string {
  const start = Math.max(0, offset - before);
  const end = Math.min(source.length, offset + after);
  return `${start > 0 ? '…' : ''}${source.slice(start, end).replace(/\s+/g, ' ')}${end < source.length ? '…' : ''}`;
}

/** The last words of visible text before an offset: where a stray tag sits, in words an editor wrote. */
export function textBefore(source: string, offset: number, words = 4): string {
  const visible = source
    .slice(Math.max(0, offset - 600), offset)
    .replace(/<[^>]*>?/g, ' ')
    .replace(/^[^<]*>/, ' ');
  return squeeze(visible).split(' ').slice(-words).join(' ');
}
