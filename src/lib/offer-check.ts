/**
 * "Cek tawaran kerja": yes/no questions about a job offer, which answer is a red flag, why,
 * where the fact comes from, which lesson to read and whom to call.
 *
 * This module is the logic, shared by the page (at build time) and its script (in the browser).
 * The questions themselves, with reasons and sources, are content (content/cek-tawaran.yaml,
 * schema src/schemas/offer-check.ts), which only the page reads: without JavaScript the page is a
 * printable checklist with every reason visible, and the texts are not shipped a second time
 * inside the script.
 */

import type { OfferQuestionEntry } from '../schemas/offer-check.ts';

/** What a resident can answer. "Tidak tahu" is not a red flag by itself, but something to find out. */
export type OfferAnswer = 'ya' | 'tidak' | 'tidak-tahu';
/** The outcome for one answered question. */
export type Verdict = 'bahaya' | 'aman' | 'periksa';

export type OfferQuestion = OfferQuestionEntry;

/** One answer's verdict; undefined while the question is unanswered. */
export function verdictFor(redFlagAnswer: 'ya' | 'tidak', answer: OfferAnswer | undefined): Verdict | undefined {
  if (!answer) return undefined;
  if (answer === 'tidak-tahu') return 'periksa';
  return answer === redFlagAnswer ? 'bahaya' : 'aman';
}

export interface OfferSummary {
  /** Ids of questions answered with the red-flag answer, in question order. */
  bahaya: string[];
  /** Ids answered "tidak tahu". */
  periksa: string[];
  /** Ids not answered yet. */
  belum: string[];
}

/** Sorts every question by its verdict. */
export function summarise(questions: readonly Pick<OfferQuestion, 'id' | 'bahayaJika'>[], answers: Readonly<Record<string, OfferAnswer | undefined>>): OfferSummary {
  const summary: OfferSummary = { bahaya: [], periksa: [], belum: [] };
  for (const question of questions) {
    const verdict = verdictFor(question.bahayaJika, answers[question.id]);
    if (verdict === 'bahaya') summary.bahaya.push(question.id);
    else if (verdict === 'periksa') summary.periksa.push(question.id);
    else if (!verdict) summary.belum.push(question.id);
  }
  return summary;
}

/** Contacts for the flagged questions, each once, in order of first mention. */
export function contactsFor(questions: readonly Pick<OfferQuestion, 'id' | 'kontak'>[], ids: readonly string[]): string[] {
  const wanted = new Set(ids);
  return [...new Set(questions.filter((q) => wanted.has(q.id)).flatMap((q) => q.kontak))];
}
