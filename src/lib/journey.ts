/**
 * How the steps of a journey (content/langkah) are numbered and which step a lesson belongs to.
 * Plain functions so the step-by-step component, the "Bagian dari" header and the tests agree.
 */
import type { Step } from '../schemas/journey.ts';

/**
 * What stands in a step's circle: its number, or "atau" when the step is an alternative to the
 * step before it (GOV.UK's "or" step). An alternative does not take a number of its own.
 */
export type StepMarker = { kind: 'number'; number: number } | { kind: 'atau' };

/** One marker per step: `logika: atau` on a step makes the NEXT step an "atau" alternative. */
export function stepMarkers(steps: readonly Pick<Step, 'logika'>[]): StepMarker[] {
  let number = 0;
  return steps.map((_, index) => {
    if (index > 0 && steps[index - 1].logika === 'atau') return { kind: 'atau' };
    number += 1;
    return { kind: 'number', number };
  });
}

/** Index of the first step that lists this lesson in `pelajaran`, or -1 when none does. */
export function stepIndexOfLesson(steps: readonly Pick<Step, 'pelajaran'>[], lessonId: string | undefined): number {
  if (!lessonId) return -1;
  return steps.findIndex((step) => step.pelajaran.includes(lessonId));
}

/** Fragment id of a step on its journey page (`/langkah/<id>/#langkah-3`); counts every step, alternatives included. */
export function stepAnchor(index: number): string {
  return `langkah-${index + 1}`;
}

/** Address of a journey page. */
export function journeyUrl(journeyId: string): string {
  return `/langkah/${journeyId}/`;
}
