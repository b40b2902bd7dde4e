/**
 * The topics lessons and journeys are grouped by. Adding a topic means adding it here
 * and its label in src/i18n/id.json (`topik.<id>`).
 */
import { z } from 'astro/zod';

export const TOPICS = ['tppo', 'tppm', 'migrasi-aman', 'paspor', 'bantuan', 'desa-binaan'] as const;
export type Topic = (typeof TOPICS)[number];

export const topic = z.enum(TOPICS, {
  error: `topik tidak dikenal; pilih salah satu: ${TOPICS.join(', ')}`,
});
