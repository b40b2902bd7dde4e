/**
 * What a page shown from the device says about itself: the notice's wording, with the date and
 * time the copy was saved in the reader's time zone, and without a date when none is known.
 */
import { expect, test } from 'vitest';
import { formatShortDate, t } from '../../src/i18n/index.ts';
import { formatSavedTime, savedCopyMessage } from '../../src/lib/offline/saved-copy.ts';

const strings = { dated: t('offline.copyNotice'), undated: t('offline.copyNoticeUndated') };

test('the notice names the date and time the copy was saved, in the reader’s time zone', () => {
  expect(savedCopyMessage('2026-11-28T10:05:00.000Z', strings, 'Asia/Jakarta')).toBe(
    'Anda membaca salinan yang disimpan pada 28 November 2026 pukul 17.05 WIB. Nomor telepon mungkin sudah berubah; periksa lagi saat ada sinyal.',
  );
  expect(formatSavedTime(new Date('2026-11-28T10:05:00.000Z'), 'Asia/Jayapura')).toBe('28 November 2026 pukul 19.05 WIT');
  // Late in the evening in UTC is already the next day in Bangka.
  expect(formatSavedTime(new Date('2026-11-28T20:30:00.000Z'), 'Asia/Jakarta')).toBe('29 November 2026 pukul 03.30 WIB');
});

test('a copy without a known date still says it is a copy and that numbers may have changed', () => {
  for (const savedAt of ['', 'bukan tanggal']) {
    const message = savedCopyMessage(savedAt, strings, 'Asia/Jakarta');
    expect(message).toBe(t('offline.copyNoticeUndated'));
    expect(message).toContain('Nomor telepon mungkin sudah berubah');
    expect(message).not.toContain('{waktu}');
  }
});

test('the emergency numbers’ check date is short enough for the footer', () => {
  expect(formatShortDate('2026-11-28')).toBe('28 Nov 2026');
  expect(formatShortDate('2026-08-01')).toBe('1 Agu 2026');
});
