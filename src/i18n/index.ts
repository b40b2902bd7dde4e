/** UI strings in Indonesian, validated once when first imported. */
import strings from './id.json' with { type: 'json' };
import { uiStringsSchema, type UiKey } from './schema.ts';

const ui = uiStringsSchema.parse(strings);

export function t(key: UiKey): string {
  return ui[key];
}

/** "2026-11-28" → "28 November 2026". */
// One formatter for the whole build: creating it per call cost ~10% of a national build.
const dateFormat = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(isoDay: string): string {
  return dateFormat.format(new Date(`${isoDay}T00:00:00Z`));
}

const shortDateFormat = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "2026-11-28" → "28 Nov 2026" (where space is short: the footer's emergency numbers). */
export function formatShortDate(isoDay: string): string {
  return shortDateFormat.format(new Date(`${isoDay}T00:00:00Z`));
}
