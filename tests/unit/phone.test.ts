/**
 * Phone numbers as editors write them become the same tap-to-call and WhatsApp links everywhere;
 * anything that is not a real Indonesian or international number is refused with a reason.
 */
import { describe, expect, test } from 'vitest';
import { isParsedPhone, parsePhone, type ParsedPhone } from '../../src/lib/phone.ts';

function parsed(raw: string): ParsedPhone {
  const result = parsePhone(raw);
  if (!isParsedPhone(result)) throw new Error(`"${raw}" was refused: ${result.error}`);
  return result;
}

describe('valid numbers', () => {
  test.each([
    // written as            kind             tel:                     wa.me
    ['129', 'layanan', 'tel:129', undefined],
    ['110', 'layanan', 'tel:110', undefined],
    ['1708', 'layanan', 'tel:1708', undefined],
    ['1500630', 'layanan', 'tel:1500630', undefined],
    ['0800-1000', 'bebas-pulsa', 'tel:08001000', undefined],
    ['0811-1129-129', 'seluler', 'tel:+628111129129', 'https://wa.me/628111129129'],
    ['08111-129-129', 'seluler', 'tel:+628111129129', 'https://wa.me/628111129129'],
    ['+62 812 9007 0027', 'seluler', 'tel:+6281290070027', 'https://wa.me/6281290070027'],
    ['62 811 8080 141', 'seluler', 'tel:+628118080141', 'https://wa.me/628118080141'],
    ['(0717) 424700', 'tetap', 'tel:+62717424700', 'https://wa.me/62717424700'],
    ['+62 21 2924 4800', 'tetap', 'tel:+622129244800', 'https://wa.me/622129244800'],
    ['021-2924.4800', 'tetap', 'tel:+622129244800', 'https://wa.me/622129244800'],
    ['+60 3-2116 4000', 'internasional', 'tel:+60321164000', 'https://wa.me/60321164000'],
    ['+855 23 216 129', 'internasional', 'tel:+85523216129', 'https://wa.me/85523216129'],
  ] as const)('%s is a %s number: %s, %s', (raw, kind, tel, whatsapp) => {
    const phone = parsed(raw);
    expect(phone.kind).toBe(kind);
    expect(phone.tel).toBe(tel);
    expect(phone.whatsapp).toBe(whatsapp);
  });

  test('keeps the number as the editor wrote it for display', () => {
    expect(parsed('  0811-1129-129 ').display).toBe('0811-1129-129');
  });

  test('one number written three ways dials the same', () => {
    expect(new Set(['0811-1129-129', '+62 811 1129 129', '628111129129'].map((raw) => parsed(raw).dial))).toEqual(new Set(['+628111129129']));
  });
});

describe('invalid numbers are refused with an Indonesian reason', () => {
  test.each([
    ['0811-11', /bukan nomor Indonesia yang lengkap/],
    ['0812-3456-7890-1234', /bukan nomor Indonesia yang lengkap/],
    ['0717 42', /bukan nomor Indonesia yang lengkap/],
    ['021-129', /bukan nomor Indonesia yang lengkap/],
    ['+62 0812 3456 789', /bukan nomor Indonesia yang lengkap/],
    ['0811 1129 abc', /hanya boleh berisi angka/],
    ['telepon 129', /hanya boleh berisi angka/],
    ['+1 23', /nomor luar negeri diawali \+/],
    ['+0 812 3456 7890', /nomor luar negeri diawali \+/],
    ['12', /nomor luar negeri diawali \+/],
    ['', /hanya boleh berisi angka/],
  ])('"%s"', (raw, reason) => {
    const result = parsePhone(raw);
    expect(isParsedPhone(result)).toBe(false);
    if (!isParsedPhone(result)) expect(result.error).toMatch(reason);
  });
});
