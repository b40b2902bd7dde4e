/**
 * The components authors use in content/pelajaran/*.mdx without importing them. A page renders a
 * lesson with `<Content components={mdxComponents} />`; each component documents itself, with an
 * example, at the top of its file.
 *
 * Contract for the other views of a lesson (slides, printed notes, facilitator guide):
 *
 * - Reuse the mapping and override what the view shows differently, e.g.
 *     <Content components={{ ...mdxComponents, CatatanFasilitator: SpeakerNote }} />
 *   An override receives the same props and the same children (the slot).
 * - `CatatanFasilitator` renders NOTHING here: facilitator notes are never in the resident's
 *   reading flow, not even hidden. A view that shows them must override it.
 * - `PotongSlide` renders `<div data-potong-slide hidden></div>`: an empty marker where a new slide
 *   starts (besides each `##` heading). Split the rendered lesson on `[data-potong-slide]`, or
 *   override it.
 * - `TandaBahaya`, `Kisah` render an `<h3>`; `PesanKunci` renders an `<h2>`. Everything else adds
 *   no heading, so the lesson's own `##` headings stay the outline.
 * - `Kontak` renders src/components/ContactCard.astro for a contact id from content/kontak.
 * - `Fakta` renders a value from content/fakta inline, with the date it was checked.
 * - All render plain HTML and CSS with print styles; none ships JavaScript. Their styles are
 *   `is:global` in `@layer components`, under unique BEM class names: Astro's scoped styles do not
 *   reach the markdown an author writes inside a component (the slot), and the scoping attribute
 *   on every element would weigh on every lesson page.
 */
import Kotak from './Kotak.astro';
import TandaBahaya from './TandaBahaya.astro';
import Kisah from './Kisah.astro';
import Perbandingan from './Perbandingan.astro';
import DaftarPeriksa from './DaftarPeriksa.astro';
import PesanKunci from './PesanKunci.astro';
import CatatanFasilitator from './CatatanFasilitator.astro';
import PotongSlide from './PotongSlide.astro';
import Kontak from './Kontak.astro';
import Fakta from './Fakta.astro';

export { Kotak, TandaBahaya, Kisah, Perbandingan, DaftarPeriksa, PesanKunci, CatatanFasilitator, PotongSlide, Kontak, Fakta };

/** Component name as written in MDX → component. */
export const mdxComponents = {
  Kotak,
  TandaBahaya,
  Kisah,
  Perbandingan,
  DaftarPeriksa,
  PesanKunci,
  CatatanFasilitator,
  PotongSlide,
  Kontak,
  Fakta,
};

