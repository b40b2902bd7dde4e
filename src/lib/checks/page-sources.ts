/**
 * Traces a problem in a built page back to the content file an editor wrote: the page's address
 * says which file it is made from (/pelajaran/<id>/ → content/pelajaran/<id>.mdx, a village
 * page → its kecamatan file, …), and the offending text (the link address, the label, the
 * element's words) says which line. When no content line matches, the problem most likely
 * comes from the site's code, and the message says so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { districtUrl, isMultiRegency } from '../area.ts';
import { relativeFile } from '../content/files.ts';
import { SITE_FILE } from '../content/paths.ts';
import type { Problem } from '../content/problems.ts';
import type { ValidContent } from '../content/validate.ts';
import type { SiteIssue } from './site-issue.ts';

/**
 * Turns an issue into a problem naming the file to change; `alsoOn` lists other pages with the
 * same issue. `inContent` tells whether a line of a content file was found.
 */
export type SourceLocator = (issue: SiteIssue, alsoOn?: string[]) => { problem: Problem; inContent: boolean };

/** An address matches only whole ("/desa/" is not found inside "https://desa-binaan…"); text matches anywhere. */
function matcher(needle: string, kind: SiteIssue['needleKind']): (line: string) => boolean {
  const lower = needle.toLowerCase();
  if (kind === 'text') return (line) => line.includes(lower);
  const escaped = lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(^|[^\\w/.-])${escaped}(?![\\w/-])`);
  return (line) => pattern.test(line);
}

export function createSourceLocator(content: ValidContent, contentRoot: string): SourceLocator {
  const siteFile = relativeFile(path.join(contentRoot, SITE_FILE));
  const lessons = content.lessons.map((l) => ({ prefix: `/pelajaran/${l.id}/`, files: [l.file] }));
  const journeys = content.journeys.map((j) => ({ prefix: `/langkah/${j.id}/`, files: [j.file] }));
  const multi = isMultiRegency(content.districts.map((d) => d.data));
  const officerFile = new Map(content.officers.map((o) => [o.data.kecamatan, o.file]));
  const districts = content.districts.map((d) => ({
    prefix: districtUrl(d.data, multi),
    files: [d.file, ...(officerFile.has(d.data.kode) ? [officerFile.get(d.data.kode)!] : [])],
  }));
  // Pages that list a whole folder.
  const lists: { url: string; files: string[] }[] = [
    { url: '/pelajaran/', files: content.lessons.map((l) => l.file) },
    { url: '/langkah/', files: content.journeys.map((j) => j.file) },
    { url: '/desa/', files: content.districts.map((d) => d.file) },
    { url: '/kontak/', files: content.contacts.map((c) => c.file) },
    { url: '/', files: [siteFile] },
  ];

  /** The content files a page is made from, most specific first. */
  function filesOf(url: string): string[] {
    const list = lists.find((l) => l.url === url);
    if (list) return list.files;
    const owned = [...lessons, ...journeys, ...districts].filter((o) => url.startsWith(o.prefix)).sort((a, b) => b.prefix.length - a.prefix.length);
    return owned[0]?.files ?? [];
  }

  const lineCache = new Map<string, string[]>();
  const linesOf = (file: string) => {
    let lines = lineCache.get(file);
    if (!lines) {
      lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').map((l) => l.toLowerCase()) : [];
      lineCache.set(file, lines);
    }
    return lines;
  };

  return (issue, alsoOn = []) => {
    const built = relativeFile(issue.page.file);
    const builtAt = `hasil build: ${built}:${issue.line}:${issue.column}`;
    const pages = [issue.page.url, ...alsoOn];
    const where =
      pages.length === 1 ? `di halaman ${issue.page.url}` : `di ${pages.length} halaman (${pages.slice(0, 4).join(', ')}${pages.length > 4 ? ', …' : ''})`;
    const own = filesOf(issue.page.url);
    for (const file of [...own, siteFile]) {
      const lines = linesOf(file);
      for (const needle of issue.needles) {
        const matches = matcher(needle, issue.needleKind);
        const index = lines.findIndex(matches);
        if (index >= 0) {
          return {
            problem: { file, line: index + 1, field: issue.field, level: issue.level, message: `${where}: ${issue.message} (${builtAt})` },
            inContent: true,
          };
        }
      }
    }
    const madeFrom =
      own.length === 1
        ? ` Halaman ini dibuat dari ${own[0]}, tetapi baris yang cocok tidak ditemukan di sana. Jika bagian halaman ini bukan tulisan di file itu, ia berasal dari kode situs (src/): laporkan kepada pengembang.`
        : '';
    return { problem: { file: built, line: issue.line, field: issue.field, level: issue.level, message: `${where}: ${issue.message}${madeFrom}` }, inContent: false };
  };
}
