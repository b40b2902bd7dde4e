/**
 * The checks on the built site, together: links and #anchors, link labels, HTML validity, and
 * `{fakta:id}` tokens a template printed raw.
 * Problems are traced back to content files (page-sources.ts), and one mistake repeated on many
 * pages (a broken link in a shared part of the layout) is listed once with the pages it is on.
 *
 * Pages made from the same template (the village pages) are many and alike: beyond
 * `perGroup` pages of one kind, an even sample of that kind is checked, unless `all` is set.
 * Bangka Tengah (about 80 pages) is always checked in full.
 */
import type { ConfigData } from 'html-validate';
import type { Problem } from '../content/problems.ts';
import type { ValidContent } from '../content/validate.ts';
import { listPages, type BuiltPage } from './built-site.ts';
import { createPageReader } from './html-pages.ts';
import { checkHtmlValidity, readHtmlValidateConfig } from './html-validity.ts';
import { checkLinks } from './links.ts';
import { checkUnrenderedTokens } from './unrendered-tokens.ts';
import { createSourceLocator } from './page-sources.ts';
import type { SiteIssue } from './site-issue.ts';

export interface SiteCheckOptions {
  outDir: string;
  contentRoot: string;
  /** The content as validateContent() read it: tells which page comes from which file. */
  content: ValidContent;
  /** Origin of the published site; absolute links to it are checked like internal ones. */
  siteOrigin?: string;
  /** html-validate configuration; defaults to the project's .htmlvalidate.json. */
  htmlConfig?: ConfigData;
  /** Check every page, however many there are. */
  all?: boolean;
  /** Pages of one kind checked in full before sampling starts. */
  perGroup?: number;
}

export interface SampledGroup {
  /** Kind of page: "/desa/ (kedalaman 3)". */
  group: string;
  checked: number;
  total: number;
}

export interface SiteCheckResult {
  problems: Problem[];
  pagesTotal: number;
  pagesChecked: number;
  sampled: SampledGroup[];
  /** Milliseconds spent on each check. */
  timings: { links: number; html: number };
}

export async function checkBuiltSite(options: SiteCheckOptions): Promise<SiteCheckResult> {
  const htmlConfig = options.htmlConfig ?? readHtmlValidateConfig();
  const allPages = listPages(options.outDir);
  const { pages, sampled } = options.all ? { pages: allPages, sampled: [] } : samplePages(allPages, options.perGroup ?? 150);
  const read = await createPageReader(htmlConfig);

  let start = performance.now();
  const linkIssues = checkLinks({ outDir: options.outDir, pages, allPages, read, siteOrigin: options.siteOrigin });
  const links = performance.now() - start;
  start = performance.now();
  const htmlIssues = await checkHtmlValidity(pages, read, htmlConfig);
  const html = performance.now() - start;

  const locate = createSourceLocator(options.content, options.contentRoot);
  const tokenIssues = checkUnrenderedTokens(pages, read);
  const located = groupRepeats([...linkIssues, ...htmlIssues, ...tokenIssues]).map(({ issue, alsoOn }) => ({ ...locate(issue, alsoOn), pages: [issue.page.url, ...alsoOn] }));
  const problems = mergeSameLine(located);
  problems.sort((a, b) => (a.level === b.level ? a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) : a.level === 'error' ? -1 : 1));
  return { problems, pagesTotal: allPages.length, pagesChecked: pages.length, sampled, timings: { links, html } };
}

/** Same field and message on several pages → one issue and the list of the other pages. */
function groupRepeats(issues: SiteIssue[]): { issue: SiteIssue; alsoOn: string[] }[] {
  const groups = new Map<string, { issue: SiteIssue; alsoOn: string[] }>();
  for (const issue of issues) {
    const key = `${issue.level}\u0000${issue.field}\u0000${issue.message}`;
    const group = groups.get(key);
    if (group) {
      if (group.issue.page.url !== issue.page.url && !group.alsoOn.includes(issue.page.url)) group.alsoOn.push(issue.page.url);
    } else groups.set(key, { issue, alsoOn: [] });
  }
  return [...groups.values()];
}

/**
 * One line of content shown in several views (a lesson, its slides, its notes) can produce the
 * same mistake with slightly different wording per view: the editor gets it once, with the other pages.
 */
function mergeSameLine(located: { problem: Problem; inContent: boolean; pages: string[] }[]): Problem[] {
  const byLine = new Map<string, { problem: Problem; pages: string[]; extra: string[] }>();
  const result: Problem[] = [];
  for (const { problem, inContent, pages } of located) {
    if (!inContent) {
      result.push(problem);
      continue;
    }
    const key = `${problem.level}\u0000${problem.file}\u0000${problem.line}\u0000${problem.field}`;
    const first = byLine.get(key);
    if (!first) {
      const entry = { problem: { ...problem }, pages: [...pages], extra: [] as string[] };
      byLine.set(key, entry);
      result.push(entry.problem);
      continue;
    }
    for (const page of pages) if (!first.pages.includes(page) && !first.extra.includes(page)) first.extra.push(page);
    first.problem.message = `${first.problem.message.replace(/ Sama juga di halaman: .*$/, '')} Sama juga di halaman: ${first.extra.join(', ')}.`;
  }
  return result;
}

/** Pages grouped by kind (first path segment and depth); large groups sampled evenly. */
export function samplePages(pages: BuiltPage[], perGroup: number): { pages: BuiltPage[]; sampled: SampledGroup[] } {
  const groups = new Map<string, BuiltPage[]>();
  for (const page of pages) {
    const segments = page.url.split('/').filter(Boolean);
    const key = `/${segments[0] ?? ''}${segments[0] ? '/' : ''} (kedalaman ${segments.length})`;
    const members = groups.get(key);
    if (members) members.push(page);
    else groups.set(key, [page]);
  }
  const chosen: BuiltPage[] = [];
  const sampled: SampledGroup[] = [];
  for (const [group, members] of groups) {
    if (members.length <= perGroup) {
      chosen.push(...members);
      continue;
    }
    for (let i = 0; i < perGroup; i++) chosen.push(members[Math.floor((i * members.length) / perGroup)]);
    sampled.push({ group, checked: perGroup, total: members.length });
  }
  return { pages: chosen.sort((a, b) => a.url.localeCompare(b.url)), sampled };
}
