/**
 * vCard 3.0 (RFC 2426) contact files, so a resident can save a Pimpasa officer to the phone's
 * address book with one tap. Version 3.0 rather than 4.0 because the contact apps of older
 * Android phones import 3.0 reliably. Lines end in CRLF and are folded at 75 octets, as the RFC
 * requires; values are escaped so a comma or semicolon in a name or title cannot shift a field.
 */

export interface VCardInput {
  /** Full name, as published. */
  fullName: string;
  /** Phone numbers in international form ("+6281200000000"), first is preferred. */
  cellPhones: readonly string[];
  /** Organisation: the immigration office. */
  organisation: string;
  /** Title: "Pimpasa Kecamatan Koba". */
  title: string;
  /** Rank or position ("Analis Keimigrasian"). */
  role?: string;
  /** Free text: where the data comes from and when it was checked. */
  note?: string;
  /** A web page about the contact. */
  url?: string;
}

/** Escapes a text value: backslash, comma, semicolon and line breaks (RFC 2426 §4). */
export function escapeValue(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line to at most 75 octets per physical line, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    // Continuation lines begin with one space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The .vcf file text for one person. */
export function createVCard(input: VCardInput): string {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `FN:${escapeValue(input.fullName)}`,
    // Indonesian names have no reliable family/given split: the whole name is the given name.
    `N:;${escapeValue(input.fullName)};;;`,
    ...input.cellPhones.map((phone, i) => `TEL;TYPE=CELL${i === 0 ? ',PREF' : ''}:${phone}`),
    `ORG:${escapeValue(input.organisation)}`,
    `TITLE:${escapeValue(input.title)}`,
    ...(input.role ? [`ROLE:${escapeValue(input.role)}`] : []),
    ...(input.url ? [`URL:${input.url}`] : []),
    ...(input.note ? [`NOTE:${escapeValue(input.note)}`] : []),
    'END:VCARD',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
