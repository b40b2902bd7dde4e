/**
 * One page per lesson for each of its companion views (slides, printed notes, handout, guide),
 * at /pelajaran/<slug>/<view>/ beside the lesson page.
 */
import { getCollection } from 'astro:content';

export async function lessonViewPaths() {
  return (await getCollection('pelajaran')).map((lesson) => ({ params: { slug: lesson.id }, props: { lesson } }));
}
