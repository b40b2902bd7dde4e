/**
 * One way to reach a contact (a `saluran` entry) as a link: what to do ("Telepon", "WhatsApp",
 * "SMS"), where the link goes (tel:, https://wa.me/…, sms:) and the number as the editor wrote it.
 * The contact cards and the village poster both draw their numbers from this.
 */
import type { z } from 'astro/zod';
import type { channelSchema } from '../schemas/contact.ts';
import { isParsedPhone, parsePhone } from './phone.ts';
import { t } from '../i18n/index.ts';

export type Channel = z.infer<typeof channelSchema>;

export interface ChannelLink {
  kind: Channel['jenis'];
  /** "Telepon", "WhatsApp" or "SMS". */
  verb: string;
  /** Link target; undefined only when the number cannot carry this kind of link. */
  href?: string;
  /** The number as written in content/kontak. */
  number: string;
  /** Digits dialled, for telling two channels to the same number apart. */
  dial: string;
  note?: string;
}

const VERB = { telepon: 'contact.call', whatsapp: 'contact.whatsapp', sms: 'contact.sms' } as const;

/** The link for a channel, or undefined when its number does not parse (the content check reports that). */
export function channelLink(channel: Channel): ChannelLink | undefined {
  const parsed = parsePhone(channel.nomor);
  if (!isParsedPhone(parsed)) return undefined;
  const href = channel.jenis === 'whatsapp' ? parsed.whatsapp : channel.jenis === 'sms' ? `sms:${parsed.dial}` : parsed.tel;
  return { kind: channel.jenis, verb: t(VERB[channel.jenis]), href, number: parsed.display, dial: parsed.dial, note: channel.keterangan };
}
