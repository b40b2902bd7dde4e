/**
 * The session plan in a facilitator guide: the lesson's own `rencanaSesi` when the author wrote
 * one, otherwise an estimate built from the lesson's `##` sections and quiz, with the lesson's
 * duration shared out so the minutes add up to `durasi`.
 */
import type { Lesson } from '../../schemas/lesson.ts';
import { t } from '../../i18n/index.ts';
import { fill } from '../../i18n/fill.ts';

export interface PlanPart {
  bagian: string;
  menit: number;
}

export interface SessionPlan {
  parts: PlanPart[];
  /** True when the plan was estimated here rather than written by the author. */
  estimated: boolean;
}

/** Relative weight of each kind of part when the plan is estimated. */
const WEIGHT = { opening: 1, section: 2, activity: 3, question: 0.5, closing: 1 };

export function sessionPlan(lesson: Pick<Lesson, 'durasi' | 'kuis' | 'fasilitator'>, sectionHeadings: readonly string[]): SessionPlan {
  if (lesson.fasilitator.rencanaSesi?.length) return { parts: lesson.fasilitator.rencanaSesi, estimated: false };
  const parts: [string, number][] = [
    [t('guide.planOpening'), WEIGHT.opening],
    ...sectionHeadings.map((heading): [string, number] => [heading, WEIGHT.section]),
    [t('guide.planActivity'), WEIGHT.activity],
    [fill(t('guide.planQuiz'), { count: lesson.kuis.length }), Math.max(1, lesson.kuis.length * WEIGHT.question)],
    [t('guide.planClosing'), WEIGHT.closing],
  ];
  const minutes = shareOut(lesson.durasi, parts.map(([, weight]) => weight));
  return { parts: parts.map(([bagian], i) => ({ bagian, menit: minutes[i]! })), estimated: true };
}

/**
 * `total` whole minutes shared in proportion to `weights` (largest remainder), each part at
 * least one minute when there are enough minutes to go round; the result always sums to `total`.
 */
export function shareOut(total: number, weights: readonly number[]): number[] {
  const floor = total >= weights.length ? 1 : 0;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const result = exact.map((x) => Math.max(floor, Math.floor(x)));
  let left = total - result.reduce((a, b) => a + b, 0);
  // Minutes left over go to the parts that lost most to rounding down; minutes owed (after the
  // one-minute floor) come from the parts that got most above their share.
  const byRoundingLoss = exact.map((_, i) => i).sort((a, b) => exact[b]! - result[b]! - (exact[a]! - result[a]!) || a - b);
  for (const i of byRoundingLoss) {
    if (left <= 0) break;
    result[i]! += 1;
    left -= 1;
  }
  while (left < 0) {
    let most = -1;
    for (let i = 0; i < result.length; i++) {
      if (result[i]! > floor && (most === -1 || result[i]! - exact[i]! > result[most]! - exact[most]!)) most = i;
    }
    if (most === -1) break;
    result[most]! -= 1;
    left += 1;
  }
  return result;
}
