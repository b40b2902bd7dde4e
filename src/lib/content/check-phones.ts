/**
 * Numbers come from the contacts (run by ./validate.ts).
 *
 * A phone or WhatsApp number a reader sees in a lesson, a journey, the offer check or a page text
 * must be the number of an entry in content/kontak (which records its source and the date it was
 * checked), or a value of the fact register. A number typed anywhere else goes stale unseen when
 * the hotline changes, and an invented one sends a victim to whoever answers it.
 *
 * What counts as a phone number, in text:
 * - a number written the way phone numbers are: "+62 812 9007 0027", "0811-1129-129",
 *   "(0717) 123456", "0800-1000", "021-129" (starts with + or 0, groups of 3 digits or more after
 *   the area code — so "08.00-16.00" and "01-01-2026" are not);
 * - a short number ("110", "129", "1708", "1500630") only next to a word that says it is one:
 *   telepon, telp, hubungi, WA, WhatsApp, SMS, nomor, hotline, layanan… — and not when a year, a
 *   unit or a count follows ("Nomor 21 Tahun 2007", "layanan 120 orang");
 * and in addresses: tel:, sms:, wa.me/…, api.whatsapp.com/send?phone=….
 *
 * Numbers are compared by what is dialled (src/lib/phone.ts parsePhone(...).dial), so
 * "0811 1129 129", "+62 811-1129-129" and wa.me/628111129129 are the same number.
 * Source titles (`sumber`), `url` fields and `kataKunci` are not checked: they quote others.
 */
import { isParsedPhone, parsePhone } from '../phone.ts';
import { walkStrings } from './check-registers.ts';
import { classifyUrl } from './check-mdx.ts';
import { MDX_COMPONENT_ATTRIBUTES } from '../../components/mdx/attributes.ts';
import { lineAt, parseLiteral, type MdxScan } from './mdx-scan.ts';
import { formatField, type Problem } from './problems.ts';
import type { ReadFile } from './files.ts';

/** The same number, however it is written: the digits dialled. */
export function phoneKey(raw: string): string {
  const parsed = parsePhone(raw);
  return isParsedPhone(parsed) ? parsed.dial : raw.replace(/[^\d+]/g, '');
}

const CANDIDATE = /(?<![\p{L}\p{N}_.,/:#@&=?+-])(\+ ?\d[\d \u00a0.()-]*\d|\(?0\d[\d \u00a0.()-]*\d|\d{3,})(?![\p{L}\p{N}_/@]|[.,]\d)/gu;
/** Words that make a bare number a phone number. */
const PHONE_WORD = /(^|[^\p{L}])(telepon\p{L}*|telp\.?|tlp\.?|telfon|hubungi|menghubungi|dihubungi|panggil\p{L}*|whatsapp|wa|sms|nomor\p{L}*|nomer|no\.|hotline|call ?cent(er|re)|pusat panggilan|ponsel|hp|kontak|layanan|saluran)(?!\p{L})/iu;
/** What follows a number that is a count, a year or a law's number, not a phone number. */
const NOT_PHONE_AFTER = /^\s*(tahun|thn?\b|\/|%|persen|orang|hari|jam|menit|bulan|minggu|ribu|juta|miliar|kali|km|kg|meter|desa|kantor|kasus|korban|pasal|ayat|halaman)/iu;

export interface FoundNumber {
  /** Offset in the text. */
  index: number;
  /** As written. */
  raw: string;
  key: string;
}

/** Phone numbers written in a text (see the rules at the top of this file). */
export function findPhoneNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const raw = match[0];
    const digits = raw.replace(/\D/g, '');
    let phone: boolean;
    if (raw.startsWith('+')) phone = digits.length >= 7 && digits.length <= 15;
    else if (/^\(?0/.test(raw)) {
      const [first, ...rest] = raw.split(/[ \u00a0.()-]+/).filter(Boolean);
      if (rest.length === 0) phone = digits.length >= 8 && digits.length <= 14;
      else {
        phone =
          digits.length >= 6 &&
          digits.length <= 14 &&
          first.length >= 2 &&
          first.length <= 5 &&
          rest.every((group, k) => group.length >= 3 || (k === rest.length - 1 && group.length >= 2 && digits.length >= 10));
      }
    } else {
      const before = text.slice(Math.max(0, match.index - 60), match.index);
      // Only the words of the same sentence: "Telp. 110" keeps its abbreviation.
      const sentence = before.split(/[.!?]\s+(?=\p{Lu})|\n/u).at(-1) ?? '';
      const after = text.slice(match.index + raw.length, match.index + raw.length + 20);
      phone = PHONE_WORD.test(sentence) && !NOT_PHONE_AFTER.test(after) && isParsedPhone(parsePhone(raw));
    }
    if (phone) found.push({ index: match.index, raw, key: phoneKey(raw) });
  }
  return found;
}

const PHONE_ADDRESS = /(?:\b(?:tel|sms|callto):\+?[\d \u00a0().-]*\d|(?:\bwa\.me\/|\bwhatsapp\.com\/send\/?\?(?:[^\s"')]*&)?phone=|\bwhatsapp:\/\/send\/?\?(?:[^\s"')]*&)?phone=)\+?\d+)/giu;

/** Numbers in tel:, sms:, wa.me/ and WhatsApp addresses within a text or an address. */
export function findPhoneAddresses(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // keep it as written
  }
  for (const match of decoded.matchAll(PHONE_ADDRESS)) {
    const scheme = /^(tel|sms|callto):/i.exec(match[0]);
    const number = scheme ? match[0].slice(scheme[0].length) : `+${match[0].replace(/^.*?\+?(\d+)$/, '$1')}`;
    found.push({ index: decoded === text ? match.index : 0, raw: number, key: phoneKey(number) });
  }
  return found;
}

/** The numbers a reader may see: every number written in content/kontak and the fact register. */
export function knownNumbers(contactData: unknown[], factData: unknown[]): Set<string> {
  const known = new Set<string>();
  for (const data of [...contactData, ...factData]) {
    walkStrings(data, (text, path) => {
      // A channel's number ("129"), and any number its notes mention ("Sebagian sumber menulisnya 021-129").
      if (path.at(-1) === 'nomor') known.add(phoneKey(text));
      for (const found of [...findPhoneNumbers(text), ...findPhoneAddresses(text)]) known.add(found.key);
    });
  }
  return known;
}

export interface PhoneCheckInput {
  known: Set<string>;
  /** Contact ids, to name in the fix. */
  contactIds: string[];
  /** YAML data whose texts a reader sees: lesson frontmatter, journeys, the offer check, page texts. */
  yaml: { read: Pick<ReadFile, 'file' | 'lineOf'>; data: unknown; page?: boolean }[];
  /** Lesson bodies, already scanned by ./mdx-scan.ts. */
  bodies: { read: Pick<ReadFile, 'file' | 'bodyLine'>; body: string; scan: MdxScan }[];
}

export function checkPhones(input: PhoneCheckInput): Problem[] {
  const problems: Problem[] = [];
  const contacts = input.contactIds.length ? input.contactIds.join(', ') : '(belum ada)';
  const unknown = (found: FoundNumber, how: string) =>
    `nomor "${found.raw.trim()}" tidak ada di content/kontak. Setiap nomor telepon dan WhatsApp di situs diambil dari daftar kontak, yang mencatat sumber dan tanggal diperiksa, supaya nomor yang berubah cukup diperbaiki di satu tempat. ${how} (kontak yang ada: ${contacts}), atau tambahkan nomor ini ke content/kontak beserta sumbernya: npm run baru -- kontak "Nama"`;

  for (const { read, data, page } of input.yaml) {
    walkStrings(data, (text, path) => {
      for (const found of [...findPhoneNumbers(text), ...findPhoneAddresses(text)]) {
        if (input.known.has(found.key)) continue;
        problems.push({
          file: read.file,
          line: read.lineOf(path),
          field: formatField(path),
          message: unknown(
            found,
            page
              ? 'Sebut nama layanannya saja: nomor dari content/kontak sudah tampil di /kontak/ dan, untuk nomor darurat, di bagian bawah setiap halaman'
              : 'Sebut nama layanannya dalam teks dan tulis id kontaknya di kolom kontak',
          ),
          level: 'error',
        });
      }
    });
  }

  for (const { read, body, scan } of input.bodies) {
    const offset = (read.bodyLine ?? 1) - 1;
    const report = (index: number, field: string, found: FoundNumber) => {
      if (input.known.has(found.key)) return;
      problems.push({ file: read.file, line: offset + lineAt(body, index), field, message: unknown(found, 'Tulis kartu kontaknya dengan <Kontak id="…" />'), level: 'error' });
    };
    // Text a reader sees (tags, expressions and link addresses blanked out by the scanner).
    for (const found of findPhoneNumbers(scan.text)) report(found.index, 'isi', found);
    for (const token of scan.tokens) {
      if (token.kind === 'link' || token.kind === 'image' || token.kind === 'definition') {
        for (const found of findPhoneAddresses(token.url)) report(token.index, '[tautan]', found);
      } else if (token.kind === 'tag' && !token.closing) {
        const ids = MDX_COMPONENT_ATTRIBUTES[token.name]?.ids ?? [];
        for (const attribute of token.attributes) {
          if (ids.includes(attribute.name)) continue;
          const texts = attribute.value !== undefined ? [attribute.value] : (parseLiteral(attribute.expression ?? '')?.strings.map((s) => s.value) ?? []);
          const field = `<${token.name} ${attribute.name}>`;
          for (const text of texts) {
            const address = ['contact', 'external'].includes(classifyUrl(text.trim()));
            for (const found of address ? findPhoneAddresses(text) : [...findPhoneNumbers(text), ...findPhoneAddresses(text)]) report(attribute.index, field, found);
          }
        }
      }
    }
  }
  return problems;
}
