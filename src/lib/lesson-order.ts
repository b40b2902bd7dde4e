/**
 * Order of the learning modules: the list page, each lesson's previous/next links and the
 * topic groups all read the same order (by `urutan`, then title), so they never disagree.
 */
import type { Topic } from '../schemas/topics.ts';

export interface OrderedLesson {
  id: string;
  data: { urutan: number; judul: string; topik: Topic };
}

/** Lessons by `urutan` (1 first); equal numbers fall back to the title so the order is stable. */
export function sortLessons<T extends OrderedLesson>(lessons: readonly T[]): T[] {
  return [...lessons].sort((a, b) => a.data.urutan - b.data.urutan || a.data.judul.localeCompare(b.data.judul, 'id'));
}

/** The lessons before and after `id` in an already sorted list. */
export function neighbours<T extends OrderedLesson>(sorted: readonly T[], id: string): { previous?: T; next?: T } {
  const index = sorted.findIndex((lesson) => lesson.id === id);
  if (index === -1) return {};
  return { previous: sorted[index - 1], next: sorted[index + 1] };
}

/**
 * Sorted lessons grouped by topic. Groups appear in the order of their first lesson, so a reader
 * who goes down the page still meets lesson 1 first.
 */
export function groupByTopic<T extends OrderedLesson>(sorted: readonly T[]): { topic: Topic; lessons: T[] }[] {
  const groups = new Map<Topic, T[]>();
  for (const lesson of sorted) {
    const list = groups.get(lesson.data.topik) ?? [];
    list.push(lesson);
    groups.set(lesson.data.topik, list);
  }
  return [...groups].map(([topic, lessons]) => ({ topic, lessons }));
}

/** Where a lesson is published. */
export const lessonUrl = (id: string) => `/pelajaran/${id}/`;
