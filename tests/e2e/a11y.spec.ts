/**
 * Accessibility sweep: axe's WCAG 2.2 A and AA rules on every page in the built sitemap, and on
 * each lesson's slides, handout and facilitator guide (print views may stay out of the sitemap).
 * A new page is swept as soon as it is built; no list to keep up to date.
 *
 * Pages are checked in small groups that share one browser tab (a fresh tab per page doubled the
 * time); the groups run in parallel workers. A failure lists every page with its rules.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '@playwright/test';
import { sitemapPaths } from '../../scripts/lib/built-site.ts';
import { lessonPaths, lessonViews } from '../../scripts/lib/page-types.ts';

const sitemap = sitemapPaths();
const printViews = lessonPaths(sitemap).flatMap((lesson) => lessonViews(lesson).map((view) => view.path));
const pages = [...new Set([...sitemap, ...printViews])].sort();

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const GROUP_SIZE = 12;

for (let start = 0; start < pages.length; start += GROUP_SIZE) {
  const group = pages.slice(start, start + GROUP_SIZE);
  test(`no WCAG 2.2 A/AA violation on ${group[0]} … ${group.at(-1)} (${group.length} pages)`, async ({ page }) => {
    test.setTimeout(15_000 * group.length);
    const problems: string[] = [];
    for (const pagePath of group) {
      await page.goto(pagePath);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const v of violations) {
        const targets = v.nodes.slice(0, 4).map((n) => n.target.join(' '));
        problems.push(`${pagePath} — ${v.id} (${v.impact}): ${v.help}\n      ${targets.join('\n      ')}${v.nodes.length > 4 ? `\n      … dan ${v.nodes.length - 4} lagi` : ''}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
}
