/**
 * Links in the built pages: every internal link and file reference must lead somewhere that
 * exists, every "#bagian" must name an id on its target page, and no link may be labelled
 * "klik di sini". External sites are not fetched: the check runs offline and gives the same
 * answer every time.
 */
import path from 'node:path';
import type { HtmlElement } from 'html-validate';
import { closest } from '../content/problems.ts';
import { resolvePath, urlOfFile, type BuiltPage } from './built-site.ts';
import { accessibleLabel, type PageReader, type ParsedPage } from './html-pages.ts';
import { vaguePhrase } from './link-labels.ts';
import type { SiteIssue } from './site-issue.ts';

export interface LinkCheckOptions {
  outDir: string;
  /** Pages whose links are checked. */
  pages: BuiltPage[];
  /** Every page of the site, to suggest the address that was probably meant. */
  allPages: BuiltPage[];
  read: PageReader;
  /** Origin of the published site (https://…): absolute links to it count as internal. */
  siteOrigin?: string;
}

/** Elements and the attribute that holds their target. Links are checked for labels too. */
const REFERENCES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['video[src]', 'src'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
];

const LOCAL_BASE = 'http://situs.invalid';

export function checkLinks(options: LinkCheckOptions): SiteIssue[] {
  const { outDir, read } = options;
  const issues: SiteIssue[] = [];
  const allUrls = options.allPages.map((p) => p.url);
  for (const page of options.pages) {
    const parsed = read(page.file);
    for (const [selector, attribute] of REFERENCES) {
      for (const element of parsed.root.querySelectorAll(selector)) {
        const raw = element.getAttributeValue(attribute) ?? '';
        const isLink = element.tagName === 'a' || element.tagName === 'area';
        if (isLink) checkLabel(page, parsed, element, raw, issues, outDir);
        checkTarget(page, parsed, element, raw, isLink, issues);
      }
    }
  }
  return issues;

  function checkTarget(page: BuiltPage, parsed: ParsedPage, element: HtmlElement, raw: string, isLink: boolean, out: SiteIssue[]) {
    const href = raw.trim();
    if (href === '' || href === '#') return;
    const target = internalTarget(href, page.url, options.siteOrigin);
    if (!target) return;
    const at = position(element);
    const needles = needlesFor(href, target.pathname);
    const report = (field: string, message: string, level: SiteIssue['level'] = 'error') =>
      out.push({ page, ...at, field, message, needles, needleKind: 'address', level });

    const samePage = target.pathname === new URL(page.url, LOCAL_BASE).pathname;
    const resolved = samePage ? ({ kind: 'file', file: page.file } as const) : resolvePath(outDir, target.pathname);
    if (resolved.kind === 'missing') {
      const guess = closest(target.pathname, allUrls);
      const what = isLink ? `halaman "${target.pathname}" tidak ada di situs` : `berkas "${target.pathname}" tidak ada di hasil build`;
      report(
        `tautan "${href}"`,
        `tautan rusak: ${what}.${guess && guess !== target.pathname ? ` Mungkin maksud Anda "${guess}"?` : ''} Perbaiki alamatnya, atau hapus tautannya. Alamat halaman di situs ini selalu diakhiri garis miring, misalnya "/pelajaran/apa-itu-tppo/".`,
      );
      return;
    }
    if (resolved.kind === 'no-trailing-slash' && isLink) {
      report(`tautan "${href}"`, `alamat "${target.pathname}" perlu garis miring di akhir: tulis "${target.pathname}/${target.hash}". Tanpa garis miring, sebagian hosting membuka halaman lain atau halaman tidak ditemukan.`, 'warning');
    }
    const fragment = decodeFragment(target.hash);
    if (!fragment || !resolved.file.endsWith('.html') || fragment === 'top' || fragment.startsWith(':~:')) return;
    const targetPage = resolved.file === page.file ? parsed : read(resolved.file);
    if (targetPage.ids.has(fragment)) return;
    const targetUrl = urlOfFile(outDir, resolved.file);
    const sections = sectionIds(targetPage);
    const guess = closest(fragment, [...targetPage.ids]);
    report(
      `tautan "${href}"`,
      `bagian "#${fragment}" tidak ada di halaman ${targetUrl}.${guess ? ` Mungkin maksud Anda "#${guess}"?` : ''}` +
        `${sections.length ? ` Bagian yang ada: ${sections.slice(0, 8).map((id) => `#${id}`).join(', ')}${sections.length > 8 ? ', …' : ''}.` : ''}` +
        ` Alamat bagian dibuat dari judulnya: "## Tanda bahaya" menjadi "#tanda-bahaya". Perbaiki bagian setelah tanda #, atau hapus tanda # dan sesudahnya.`,
    );
  }

  function checkLabel(page: BuiltPage, parsed: ParsedPage, element: HtmlElement, href: string, out: SiteIssue[], dir: string) {
    const label = accessibleLabel(element, parsed);
    const phrase = vaguePhrase(label);
    if (!phrase) return;
    const example = suggestLabel(href, page, dir, read, options.siteOrigin);
    out.push({
      page,
      ...position(element),
      field: `teks tautan "${label}"`,
      message:
        `teks tautan "${label}" tidak menyebut ke mana tautan itu membawa pembaca ("${phrase}" tidak berarti apa-apa tanpa kalimat di sekitarnya, ` +
        `misalnya bagi pembaca layar yang membacakan daftar tautan). Tulis nama tujuannya sebagai teks tautan${example ? `, misalnya "${example}"` : ''}.`,
      needles: [label, element.textContent.replace(/\s+/g, ' ').trim()].filter(Boolean),
      needleKind: 'text',
      level: 'error',
    });
  }
}

/** The target of an internal reference, or undefined for other sites, mailto:, tel: and the like. */
function internalTarget(href: string, pageUrl: string, siteOrigin?: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(href, new URL(pageUrl, LOCAL_BASE));
  } catch {
    return undefined;
  }
  if (url.origin === LOCAL_BASE) return url;
  if (siteOrigin && url.origin === siteOrigin) return url;
  return undefined;
}

function decodeFragment(hash: string): string {
  const fragment = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** Ids of the page's headings, the sections a link usually means. */
function sectionIds(page: ParsedPage): string[] {
  return page.root.querySelectorAll('h2[id], h3[id], h4[id]').map((h) => h.id ?? '').filter(Boolean);
}

function position(element: HtmlElement): { line: number; column: number } {
  return { line: element.location.line, column: element.location.column };
}

/** What an editor may have written for this link: the href as is, without its final "/", and the bare path. */
function needlesFor(href: string, pathname: string): string[] {
  return [...new Set([href, href.replace(/\/(#.*)?$/, '$1'), pathname, pathname.replace(/\/$/, '')])].filter((n) => n.length > 1);
}

/** A better label: the target page's title, the other site's name, or what the link does. */
function suggestLabel(href: string, page: BuiltPage, outDir: string, read: PageReader, siteOrigin?: string): string | undefined {
  if (href.startsWith('mailto:')) return `Kirim email ke ${href.slice(7).split('?')[0]}`;
  if (href.startsWith('tel:')) return `Telepon ${href.slice(4)}`;
  const target = internalTarget(href, page.url, siteOrigin);
  if (target) {
    const resolved = resolvePath(outDir, target.pathname);
    if (resolved.kind === 'missing' || !resolved.file.endsWith('.html') || path.resolve(resolved.file) === path.resolve(page.file)) return undefined;
    const title = read(resolved.file).title;
    return title ? `Baca: ${title}` : undefined;
  }
  try {
    return `Buka situs ${new URL(href).hostname.replace(/^www\./, '')}`;
  } catch {
    return undefined;
  }
}
