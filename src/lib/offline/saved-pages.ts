/**
 * The pages on this device, for the list on /offline/: read from the caches (visited, saved, and
 * the precached shell), titled from their own <title>, grouped for reading: each lesson with its
 * slides, notes, handout and guide; the journeys; everything else.
 */
import { CACHE_NAMES, isPagePath, OFFLINE_PAGE_URL, pagePath } from './caches.ts';

export interface SavedPage {
  path: string;
  title: string;
}

export interface SavedLesson extends SavedPage {
  /** Whether the lesson page itself is saved (else only some of its views are). */
  saved: boolean;
  /** Slides, notes, handout, guide…: label (the view's title without the lesson's) and path. */
  views: { label: string; path: string }[];
}

export interface SavedGroups {
  lessons: SavedLesson[];
  journeys: SavedPage[];
  other: SavedPage[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The page's <title> without the site name ("Apa itu TPPO? · Desa Binaan Imigrasi" → "Apa itu TPPO?"). */
export function titleOf(html: string): string {
  const raw = html.match(/<title>([\s\S]*?)<\/title>/i)?.[1] ?? '';
  const text = raw.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
  const parts = text.trim().split(' · ');
  return (parts.length > 1 ? parts.slice(0, -1).join(' · ') : parts[0]).trim();
}

/** "Slide: Apa itu TPPO?" under the lesson "Apa itu TPPO?" → "Slide". */
function viewLabel(viewTitle: string, lessonTitle: string | undefined): string {
  if (lessonTitle && viewTitle.endsWith(lessonTitle)) {
    const label = viewTitle.slice(0, -lessonTitle.length).replace(/[\s:–—-]+$/, '');
    if (label) return label;
  }
  return viewTitle;
}

export function groupSavedPages(pages: SavedPage[]): SavedGroups {
  const byTitle = (a: SavedPage, b: SavedPage) => a.title.localeCompare(b.title, 'id');
  const lessons = new Map<string, SavedLesson>();
  const views: { slug: string; page: SavedPage }[] = [];
  const groups: SavedGroups = { lessons: [], journeys: [], other: [] };
  for (const page of pages) {
    if (page.path === OFFLINE_PAGE_URL) continue;
    const lesson = page.path.match(/^\/pelajaran\/([^/]+)\/(?:([^/]+)\/)?$/);
    if (lesson && !lesson[2]) lessons.set(lesson[1], { ...page, saved: true, views: [] });
    else if (lesson) views.push({ slug: lesson[1], page });
    else if (/^\/langkah\/[^/]+\//.test(page.path)) groups.journeys.push(page);
    else groups.other.push(page);
  }
  for (const { slug, page } of views) {
    const lesson = lessons.get(slug) ?? { path: `/pelajaran/${slug}/`, title: page.title, saved: false, views: [] };
    lessons.set(slug, lesson);
    lesson.views.push({ label: viewLabel(page.title, lesson.saved ? lesson.title : undefined), path: page.path });
  }
  for (const lesson of lessons.values()) lesson.views.sort((a, b) => a.label.localeCompare(b.label, 'id'));
  groups.lessons = [...lessons.values()].sort(byTitle);
  groups.journeys.sort(byTitle);
  groups.other.sort((a, b) => a.path.length - b.path.length || byTitle(a, b));
  return groups;
}

/** Every page in the site's caches, once, with its title. */
export async function savedPages(origin: string, cacheStorage: CacheStorage = caches): Promise<SavedPage[]> {
  const names = (await cacheStorage.keys()).filter(
    (name) => name === CACHE_NAMES.visited || name === CACHE_NAMES.saved || name.startsWith('workbox-precache'),
  );
  const found = new Map<string, SavedPage>();
  for (const name of names) {
    const cache = await cacheStorage.open(name);
    for (const request of await cache.keys()) {
      const path = pagePath(request.url, origin);
      if (!path || !isPagePath(path) || found.has(path)) continue;
      const response = await cache.match(request);
      if (!response?.ok) continue;
      found.set(path, { path, title: titleOf(await response.text()) || path });
    }
  }
  return [...found.values()];
}
