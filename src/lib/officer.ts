/**
 * What can be said about a kecamatan's Pimpasa officer, from content/pimpasa: the card shows
 * exactly what the office published, and a contact file exists only when there is both a name
 * and a number to save. Nothing here fills a gap with a guess.
 */
import type { Officer } from '../schemas/officer.ts';
import { isParsedPhone, parsePhone } from './phone.ts';
import { createVCard } from './vcard.ts';
import { t } from '../i18n/index.ts';

/** Enough published to save the officer as a phone contact: a name and at least one number. */
export function canSaveContact(officer: Officer | undefined): officer is Officer & { nama: string } {
  return Boolean(officer?.nama && (officer.telepon || officer.whatsapp));
}

/** "Pimpasa Kecamatan Koba": the officer's title on the card and in the contact file. */
export function officerTitle(districtName: string): string {
  return `${t('officer.heading')} ${districtName}`;
}

/** File name the phone shows when the contact is downloaded. */
export function vcardFileName(districtSlug: string): string {
  return `pimpasa-${districtSlug}.vcf`;
}

export interface OfficerVCardContext {
  districtName: string;
  /** The immigration office (site settings kantor.nama). */
  officeName: string;
  /** Absolute address of the kecamatan page. */
  pageUrl?: string;
}

/** The officer's vCard, or undefined when the name or every number is still unpublished. */
export function officerVCard(officer: Officer | undefined, context: OfficerVCardContext): string | undefined {
  if (!canSaveContact(officer)) return undefined;
  const numbers = [officer.telepon, officer.whatsapp].flatMap((raw) => {
    const parsed = raw ? parsePhone(raw) : undefined;
    return parsed && isParsedPhone(parsed) ? [parsed.dial] : [];
  });
  const sources = (officer.sumber ?? []).map((s) => `${s.penerbit ? `${s.penerbit}: ` : ''}${s.judul} (${s.url}, diakses ${s.diakses})`);
  const note = [sources.length ? `Sumber: ${sources.join('; ')}.` : '', `Diperiksa ${officer.diperiksa}.`].filter(Boolean).join(' ');
  return createVCard({
    fullName: officer.nama,
    cellPhones: [...new Set(numbers)],
    organisation: context.officeName,
    title: officerTitle(context.districtName),
    role: officer.jabatan ?? undefined,
    url: context.pageUrl,
    note,
  });
}
