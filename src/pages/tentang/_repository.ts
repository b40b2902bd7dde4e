/**
 * The office's public repository, when package.json names one (`npm pkg set repository.url=…`):
 * /tentang/ then links to the "wrong fact" issue form there. Without it the page offers the
 * site settings' `laporKesalahan` address only; no address is ever guessed.
 */
import pkg from '../../../package.json' with { type: 'json' };

/** Issue form in .github/ISSUE_TEMPLATE/ for readers reporting a wrong fact. */
export const WRONG_FACT_TEMPLATE = 'laporan-kesalahan.yml';

/** "git+https://github.com/x/y.git" → "https://github.com/x/y"; undefined when none is set or it is not a web address. */
export function repositoryUrl(repository: unknown = (pkg as { repository?: unknown }).repository): string | undefined {
  const raw = typeof repository === 'string' ? repository : (repository as { url?: unknown } | undefined)?.url;
  if (typeof raw !== 'string') return undefined;
  const url = raw.trim().replace(/^git\+/, '').replace(/\.git$/, '');
  return /^https:\/\/\S+$/.test(url) ? url : undefined;
}

/** Address of the wrong-fact form on GitHub (or a GitHub-compatible host), if a repository is set. */
export function wrongFactFormUrl(repository?: unknown): string | undefined {
  const base = repositoryUrl(repository);
  return base ? `${base}/issues/new?template=${WRONG_FACT_TEMPLATE}` : undefined;
}
