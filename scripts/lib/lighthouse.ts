/**
 * Lighthouse scores (mobile, its default) for a few pages of a served site, through Lighthouse's
 * Node API and one headless Chromium (Debian's, or CHROME_PATH), started by Playwright (already a
 * dependency) with a remote-debugging port for Lighthouse to drive.
 */
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { systemChromium } from '../find-browser.ts';
import { freePort } from './serve-site.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  url: string;
  scores: Record<Category, number | undefined>;
  /** Audits that cost points, for the report: "id (score)". */
  missed: string[];
}

const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Scores for each URL. Performance varies from run to run (more so on a busy machine), so each
 * page runs `runs` times and the run with the median performance score is kept, as Lighthouse's
 * own guidance on variability suggests.
 */
export async function lighthouseScores(urls: string[], runs = 3): Promise<LighthouseResult[]> {
  const chromePath = systemChromium();
  if (!chromePath) throw new Error('Chromium tidak ditemukan (CHROME_PATH atau /usr/bin/chromium).');
  const port = await freePort();
  const browser = await chromium.launch({ executablePath: chromePath, args: [...CHROME_FLAGS, `--remote-debugging-port=${port}`] });
  try {
    const results: LighthouseResult[] = [];
    for (const url of urls) {
      const attempts: LighthouseResult[] = [];
      for (let i = 0; i < runs; i++) {
        const run = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!run) throw new Error(`Lighthouse tidak memberi hasil untuk ${url}`);
        const { categories, audits } = run.lhr;
        const scores = Object.fromEntries(CATEGORIES.map((id) => [id, categories[id]?.score == null ? undefined : Math.round(categories[id].score! * 100)])) as LighthouseResult['scores'];
        const counted = new Set(CATEGORIES.flatMap((id) => categories[id]?.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id) ?? []));
        const missed = Object.values(audits)
          .filter((audit) => counted.has(audit.id) && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
          .map((audit) => `${audit.id} (${audit.score})`);
        attempts.push({ url, scores, missed });
      }
      attempts.sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
      results.push(attempts[Math.floor(attempts.length / 2)]);
    }
    return results;
  } finally {
    await browser.close();
  }
}
