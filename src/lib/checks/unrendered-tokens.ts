/**
 * A `{fakta:id}` that reached a built page as text: some template printed an editor's YAML text
 * without ../../components/ContentText.astro. Readers would see the raw token instead of the value,
 * so the site check fails on it and points at the content line that holds it.
 */
import { FACT_TOKEN } from '../facts.ts';
import type { BuiltPage } from './built-site.ts';
import type { PageReader } from './html-pages.ts';
import type { SiteIssue } from './site-issue.ts';

export function checkUnrenderedTokens(pages: readonly BuiltPage[], read: PageReader): SiteIssue[] {
  const issues: SiteIssue[] = [];
  for (const page of pages) {
    const { source } = read(page.file);
    if (!source.includes('{fakta:')) continue;
    for (const match of source.matchAll(FACT_TOKEN)) {
      const before = source.slice(0, match.index);
      const line = before.split('\n').length;
      issues.push({
        page,
        line,
        column: match.index - before.lastIndexOf('\n'),
        field: match[0],
        message: `${match[0]} tampil apa adanya di halaman ${page.url}, bukan nilainya. Ini kesalahan di templat halaman, bukan di tulisan Anda: laporkan kepada pengembang situs`,
        needles: [match[0]],
        needleKind: 'text',
        level: 'error',
      });
    }
  }
  return issues;
}
