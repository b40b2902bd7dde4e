/**
 * What a page shown from the device says about itself: "Anda membaca salinan yang disimpan pada
 * 28 November 2026 pukul 17.05 WIB. …". The service worker marks such a page with the time its
 * copy was saved (SAVED_COPY_ATTRIBUTE in ./caches.ts); the page script
 * (src/components/offline/saved-copy-notice.ts) words it with these functions, in the words of
 * src/i18n/id.json that the build writes to SAVED_COPY_STRINGS_URL. Plain module.
 */
import { fill } from '../../i18n/fill.ts';

/** The notice's words, as written to SAVED_COPY_STRINGS_URL (src/integrations/service-worker.ts). */
export interface SavedCopyStrings {
  /** With a `{waktu}` placeholder for the date and time. */
  dated: string;
  /** For a copy whose date is unknown. */
  undated: string;
  /** When the network's answer has arrived after all. */
  newer: string;
  /** The button that asks the network again. */
  reload: string;
}

/** "28 November 2026 pukul 17.05 WIB", in the device's time zone unless one is given. */
export function formatSavedTime(savedAt: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat('id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  }).format(savedAt);
}

/** The notice for a copy saved at `savedAt` (the attribute's value: an ISO time, or empty when unknown). */
export function savedCopyMessage(savedAt: string, strings: Pick<SavedCopyStrings, 'dated' | 'undated'>, timeZone?: string): string {
  const time = savedAt ? Date.parse(savedAt) : Number.NaN;
  return Number.isNaN(time) ? strings.undated : fill(strings.dated, { waktu: formatSavedTime(new Date(time), timeZone) });
}
