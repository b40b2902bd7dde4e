/**
 * Indonesian phone numbers as editors write them ("0811-1129-129", "+62 21 2924 4800",
 * "129") parsed into one shape, so every page dials and links them the same way.
 */

export type PhoneKind = 'layanan' | 'bebas-pulsa' | 'seluler' | 'tetap' | 'internasional';

export interface ParsedPhone {
  /** What the editor wrote, kept for display. */
  display: string;
  kind: PhoneKind;
  /** Digits to dial, with a leading + for full international numbers. */
  dial: string;
  /** `tel:` link target. */
  tel: string;
  /**
   * `https://wa.me/…` target. Mobile, landline (WhatsApp Business accepts a fixed line) and
   * foreign numbers can have WhatsApp; short service codes and 0800 toll-free lines cannot.
   */
  whatsapp?: string;
}

const SEPARATORS = /[\s\-.()]/g;

/** Parses a phone number, or returns an Indonesian explanation of why it is not one. */
export function parsePhone(raw: string): ParsedPhone | { error: string } {
  const display = raw.trim();
  const compact = display.replace(SEPARATORS, '');
  if (!/^\+?\d+$/.test(compact)) {
    return { error: 'hanya boleh berisi angka, spasi, tanda hubung, dan + di depan' };
  }
  // Short service codes: 110, 112, 129, 1708, 14xxx, 1500xxx.
  if (/^(1\d{2,3}|14\d{3}|1500\d{3})$/.test(compact)) {
    return { display, kind: 'layanan', dial: compact, tel: `tel:${compact}` };
  }
  // Toll-free lines: 0800 followed by 4 to 7 digits.
  if (/^0800\d{4,7}$/.test(compact)) {
    return { display, kind: 'bebas-pulsa', dial: compact, tel: `tel:${compact}` };
  }
  const national = compact.startsWith('+62')
    ? compact.slice(3)
    : compact.startsWith('62') && compact.length > 10
      ? compact.slice(2)
      : compact.startsWith('0')
        ? compact.slice(1)
        : null;
  if (national !== null) {
    // Mobile: 8 then 8 to 11 digits (0812-3456-789 up to 0812-3456-78901).
    if (/^8\d{8,11}$/.test(national)) {
      const e164 = `+62${national}`;
      return { display, kind: 'seluler', dial: e164, tel: `tel:${e164}`, whatsapp: `https://wa.me/62${national}` };
    }
    // Landline: area code 2x–9x (no leading 0, not 8), total 9 to 11 digits.
    if (/^[2-79]\d{8,10}$/.test(national)) {
      const e164 = `+62${national}`;
      return { display, kind: 'tetap', dial: e164, tel: `tel:${e164}`, whatsapp: `https://wa.me/62${national}` };
    }
    return { error: 'bukan nomor Indonesia yang lengkap (contoh: 0812-3456-7890 atau (0717) 123456)' };
  }
  if (compact.startsWith('+') && /^\+[1-9]\d{6,14}$/.test(compact)) {
    return { display, kind: 'internasional', dial: compact, tel: `tel:${compact}`, whatsapp: `https://wa.me/${compact.slice(1)}` };
  }
  return { error: 'tulis nomor Indonesia yang diawali 0 atau +62, nomor layanan seperti 129, atau nomor luar negeri diawali +' };
}

export function isParsedPhone(value: ReturnType<typeof parsePhone>): value is ParsedPhone {
  return !('error' in value);
}
