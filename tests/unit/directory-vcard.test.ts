/**
 * "Simpan kontak": the vCard a resident saves must import cleanly on a phone — CRLF lines, folded
 * at 75 octets, special characters escaped — and must not exist until the office has published
 * both a name and a number.
 */
import { describe, expect, test } from 'vitest';
import { createVCard, escapeValue, foldLine } from '../../src/lib/vcard.ts';
import { canSaveContact, officerVCard } from '../../src/lib/officer.ts';
import type { Officer } from '../../src/schemas/officer.ts';

describe('vCard text', () => {
  test('escapes backslash, comma, semicolon and line breaks', () => {
    expect(escapeValue('A\\B, C; D\nE')).toBe('A\\\\B\\, C\\; D\\nE');
  });

  test('folds long lines at 75 octets without splitting a character', () => {
    const line = `NOTE:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const part of physical) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(physical.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  test('a card has the required fields in order, with CRLF line ends', () => {
    const card = createVCard({
      fullName: 'Nama; Uji, S.H.',
      cellPhones: ['+6281200000000', '+6281200000001'],
      organisation: 'Kantor Uji',
      title: 'Pimpasa Kecamatan Uji',
      note: 'Sumber: uji.',
    });
    expect(card.split('\r\n')).toEqual([
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Nama\\; Uji\\, S.H.',
      'N:;Nama\\; Uji\\, S.H.;;;',
      'TEL;TYPE=CELL,PREF:+6281200000000',
      'TEL;TYPE=CELL:+6281200000001',
      'ORG:Kantor Uji',
      'TITLE:Pimpasa Kecamatan Uji',
      'NOTE:Sumber: uji.',
      'END:VCARD',
      '',
    ]);
    expect(card).not.toMatch(/[^\r]\n/);
  });
});

describe('officer contact file', () => {
  const empty: Officer = { kecamatan: '19.04.01', nama: null, telepon: null, whatsapp: null, diperiksa: '2026-11-28' };
  const context = { districtName: 'Koba', officeName: 'Kantor Imigrasi Uji' };

  test('is not made while the name or every number is unpublished', () => {
    expect(canSaveContact(empty)).toBe(false);
    expect(officerVCard(empty, context)).toBeUndefined();
    expect(officerVCard({ ...empty, nama: 'Petugas Uji' }, context)).toBeUndefined();
    expect(officerVCard({ ...empty, telepon: '0812-0000-0000' }, context)).toBeUndefined();
    expect(officerVCard(undefined, context)).toBeUndefined();
  });

  test('carries the published name, the number to dial, the office, the title and the source', () => {
    const officer: Officer = {
      ...empty,
      nama: 'Petugas Uji',
      jabatan: 'Analis Uji',
      telepon: '0812-0000-0000',
      whatsapp: '0812-0000-0000',
      sumber: [{ judul: 'Surat uji', url: 'https://uji.test/surat', diakses: '2026-11-01', tingkat: 'C' }],
      diperiksa: '2026-11-02',
    };
    const card = officerVCard(officer, { ...context, pageUrl: 'https://uji.test/desa/koba/' })!;
    const unfolded = card.replace(/\r\n /g, '');
    expect(unfolded).toContain('\r\nFN:Petugas Uji\r\n');
    // The same number as phone and WhatsApp is saved once.
    expect(unfolded.match(/^TEL/gm)).toHaveLength(1);
    expect(unfolded).toContain('\r\nTEL;TYPE=CELL,PREF:+6281200000000\r\n');
    expect(unfolded).toContain('\r\nORG:Kantor Imigrasi Uji\r\n');
    expect(unfolded).toContain('\r\nTITLE:Pimpasa Kecamatan Koba\r\n');
    expect(unfolded).toContain('\r\nROLE:Analis Uji\r\n');
    expect(unfolded).toContain('\r\nURL:https://uji.test/desa/koba/\r\n');
    expect(unfolded).toMatch(/\r\nNOTE:Sumber: Surat uji \(https:\/\/uji\.test\/surat\\, diakses 2026-11-01\)\. Diperiksa 2026-11-02\.\r\n/);
  });
});
