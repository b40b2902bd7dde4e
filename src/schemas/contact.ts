/**
 * Contacts (content/kontak/*.yaml): hotlines and offices. Lessons, journeys, village pages
 * and the footer refer to them by id, so a number is written once and checked once.
 */
import { z } from 'astro/zod';
import { grade, isoDate, phoneNumber, sources, text, webUrl } from './common.ts';
import { isParsedPhone, parsePhone } from '../lib/phone.ts';

/** One way to reach the contact. */
export const channelSchema = z
  .strictObject({
    /** How to use it: telepon (call), whatsapp (chat), sms. */
    jenis: z.enum(['telepon', 'whatsapp', 'sms'], { error: 'jenis hanya "telepon", "whatsapp" atau "sms"' }),
    /** The number, written as it is usually shown: "0811-1129-129", "129", "+62 21 2924 4800". */
    nomor: phoneNumber,
    /** When it applies: "Dari luar negeri (berbayar)". Optional. */
    keterangan: z.string().optional(),
  })
  .superRefine((channel, ctx) => {
    // A WhatsApp link needs a full number; without this check the link would silently disappear.
    const parsed = parsePhone(channel.nomor);
    if (channel.jenis === 'whatsapp' && isParsedPhone(parsed) && !parsed.whatsapp) {
      ctx.addIssue({
        code: 'custom',
        path: ['nomor'],
        message: `nomor "${channel.nomor}" adalah nomor layanan atau bebas pulsa dan tidak bisa dipakai untuk WhatsApp: tulis nomor WhatsApp lengkap (misalnya "0811-1129-129"), atau ganti jenis menjadi "telepon"`,
      });
    }
  });

export const contactSchema = z
  .strictObject({
    /** Name residents know: "SAPA 129". */
    nama: text('nama'),
    /** The institution behind it: "Kementerian PPPA". */
    lembaga: text('lembaga'),
    /** hotline (nationwide line) or kantor (an office). */
    jenis: z.enum(['hotline', 'kantor'], { error: 'jenis hanya "hotline" atau "kantor"' }),
    /** When to contact it, in one sentence a resident understands. */
    untuk: text('untuk'),
    /** Ways to reach it. May be empty only when `belumTersedia` explains why. */
    saluran: z.array(channelSchema).default([]),
    /** Official website. */
    situs: webUrl.optional(),
    /** E-mail address. */
    email: z.string().email('alamat email tidak valid').optional(),
    /** Street address of an office. */
    alamat: z.string().optional(),
    /** Opening hours: "24 jam", "Senin–Jumat 08.00–16.00 WIB". */
    jam: z.string().optional(),
    /** Shown in every page footer and at every "Jika terjadi" point. */
    darurat: z.boolean().default(false),
    /** Order in lists (smaller first). */
    urutan: z.number().int().default(100),
    /** What has not been published yet, said plainly to readers, e.g. the office phone number. */
    belumTersedia: z.string().optional(),
    /** C = confirmed, S = single secondary source (the page says so). */
    tingkat: grade,
    /** Where the numbers and addresses come from. */
    sumber: sources,
    /** Date the numbers were last checked (`YYYY-MM-DD`). */
    diperiksa: isoDate,
  })
  .superRefine((contact, ctx) => {
    const reachable = contact.saluran.length > 0 || contact.situs || contact.email;
    if (!reachable && !contact.belumTersedia) {
      ctx.addIssue({
        code: 'custom',
        path: ['saluran'],
        message: 'kontak tanpa nomor, situs atau email: tambahkan saluran, atau tulis di belumTersedia apa yang belum diumumkan',
      });
    }
  });
export type Contact = z.infer<typeof contactSchema>;
