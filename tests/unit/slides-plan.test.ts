/**
 * The session plan in a facilitator guide: the author's own plan when written, otherwise an
 * estimate from the lesson's sections and quiz whose minutes add up to the lesson's duration.
 */
import { expect, test } from 'vitest';
import { sessionPlan, shareOut } from '../../src/lib/slides/plan.ts';

const question = { pertanyaan: 'P?', pilihan: ['a', 'b'], jawaban: 'a', penjelasan: 'x' };
const facilitator = { bahan: ['Kertas'], pertanyaanDiskusi: ['Apa?'], kegiatan: 'Diskusi.' };

test('the author’s rencanaSesi is used as written', () => {
  const rencanaSesi = [{ bagian: 'Pembukaan', menit: 5 }, { bagian: 'Kuis', menit: 10 }];
  expect(sessionPlan({ durasi: 15, kuis: [question], fasilitator: { ...facilitator, rencanaSesi } }, ['A'])).toEqual({ parts: rencanaSesi, estimated: false });
});

test('without one, the plan follows the sections, then activity, quiz and closing, and fills the duration', () => {
  const plan = sessionPlan({ durasi: 20, kuis: [question, question, question, question], fasilitator: facilitator }, ['Satu', 'Dua', 'Tiga']);
  expect(plan.estimated).toBe(true);
  expect(plan.parts.map((p) => p.bagian)).toEqual([
    'Pembukaan dan tujuan pelajaran', 'Satu', 'Dua', 'Tiga', 'Kegiatan kelompok', 'Kuis (4 pertanyaan)', 'Penutup: pesan kunci dan nomor penting',
  ]);
  expect(plan.parts.reduce((sum, p) => sum + p.menit, 0)).toBe(20);
  expect(Math.min(...plan.parts.map((p) => p.menit))).toBeGreaterThanOrEqual(1);
  // A lesson section gets more time than the opening.
  expect(plan.parts[1]!.menit).toBeGreaterThan(plan.parts[0]!.menit);
});

test('shareOut always sums to the total, in proportion, at least one minute each when possible', () => {
  expect(shareOut(10, [1, 1])).toEqual([5, 5]);
  expect(shareOut(7, [1, 2, 4])).toEqual([1, 2, 4]);
  expect(shareOut(3, [1, 1, 1, 1, 1])).toEqual([1, 1, 1, 0, 0]);
  expect(shareOut(7, [1, 1, 1, 1, 1, 1, 10])).toEqual([1, 1, 1, 1, 1, 1, 1]);
  for (const total of [5, 13, 45, 240]) expect(shareOut(total, [1, 2, 2, 3, 0.5, 1]).reduce((a, b) => a + b, 0)).toBe(total);
});
