/**
 * Step numbering in step-by-step journeys: an "atau" step is an alternative and takes no number
 * of its own; a lesson is matched to the step that lists it.
 */
import { expect, test } from 'vitest';
import { stepAnchor, stepIndexOfLesson, stepMarkers } from '../../src/lib/journey.ts';

const step = (logika: 'dan' | 'atau' = 'dan', pelajaran: string[] = []) => ({ logika, pelajaran });

test('steps joined by "dan" are numbered 1, 2, 3', () => {
  expect(stepMarkers([step(), step(), step()])).toEqual([
    { kind: 'number', number: 1 },
    { kind: 'number', number: 2 },
    { kind: 'number', number: 3 },
  ]);
});

test('the step after a step marked "atau" shows "atau" and the numbering carries on after it', () => {
  // Like "Jika menjadi korban": the first five steps are alternatives, then three numbered steps.
  const markers = stepMarkers([step('atau'), step('atau'), step('atau'), step('atau'), step(), step(), step(), step()]);
  expect(markers.map((m) => (m.kind === 'number' ? m.number : m.kind))).toEqual([1, 'atau', 'atau', 'atau', 'atau', 2, 3, 4]);
});

test('"atau" on the last step changes nothing', () => {
  expect(stepMarkers([step(), step('atau')]).map((m) => m.kind)).toEqual(['number', 'number']);
});

test('a lesson belongs to the first step that lists it', () => {
  const steps = [step('dan', ['a']), step('dan', ['b', 'c']), step('dan', ['c'])];
  expect(stepIndexOfLesson(steps, 'c')).toBe(1);
  expect(stepIndexOfLesson(steps, 'z')).toBe(-1);
  expect(stepIndexOfLesson(steps, undefined)).toBe(-1);
});

test('step anchors count every step from 1, alternatives included', () => {
  expect([0, 4].map(stepAnchor)).toEqual(['langkah-1', 'langkah-5']);
});
