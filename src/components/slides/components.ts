/**
 * The MDX components a lesson is rendered with for its slides and printed notes: the lesson
 * page's own components, with the facilitator note turned into a speaker-note marker, the
 * contact card shortened to one line, and a registered value shown without its date.
 * <PotongSlide /> keeps its lesson-page output (an empty `[data-potong-slide]` marker), which
 * the slide splitter cuts at.
 */
import { mdxComponents } from '../mdx/index.ts';
import SpeakerNote from './SpeakerNote.astro';
import SlideContact from './SlideContact.astro';
import SlideFact from './SlideFact.astro';

export const slideComponents = { ...mdxComponents, CatatanFasilitator: SpeakerNote, Kontak: SlideContact, Fakta: SlideFact };
