/**
 * The offer check as editors wrote it (content/cek-tawaran.yaml), for browser tests that must
 * follow the content instead of restating it.
 */
import fs from 'node:fs';
import { parse } from 'yaml';
import type { OfferCheck } from '../../src/schemas/offer-check.ts';

export const OFFER: OfferCheck = parse(fs.readFileSync('content/cek-tawaran.yaml', 'utf8'));
export const OFFER_QUESTIONS = OFFER.pertanyaan;

/**
 * The first sentence of a text, cut before any `{fakta:id}`: a part the page shows exactly as
 * written (a fact is shown as its value and the date it was checked).
 */
export function firstWords(text: string): string {
  return text.split('{fakta:')[0].split(/(?<=[.!?])\s/)[0].trim();
}
