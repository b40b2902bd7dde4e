/**
 * Pure logic behind the lesson pages: module order and topic groups, previous/next, the WhatsApp
 * share link, "Tandai selesai" storage, and the offer check's verdicts and its references.
 */
import { describe, expect, it } from 'vitest';
import { groupByTopic, lessonUrl, neighbours, sortLessons } from '../../src/lib/lesson-order.ts';
import { whatsappShareUrl } from '../../src/lib/share.ts';
import { PROGRESS_KEY, readDone, setDone } from '../../src/lib/progress.ts';
import { contactsFor, summarise, verdictFor } from '../../src/lib/offer-check.ts';
import type { Topic } from '../../src/schemas/topics.ts';

const lesson = (id: string, urutan: number, topik: Topic, judul = id) => ({ id, data: { urutan, topik, judul } });

describe('lesson order', () => {
  const lessons = sortLessons([lesson('c', 3, 'tppo'), lesson('a', 1, 'tppo'), lesson('b', 2, 'tppm'), lesson('d', 4, 'tppo')]);

  it('sorts by urutan, then by title when two lessons share a number', () => {
    expect(lessons.map((l) => l.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(sortLessons([lesson('y', 1, 'tppo', 'Zebra'), lesson('x', 1, 'tppo', 'Apel')]).map((l) => l.id)).toEqual(['x', 'y']);
  });

  it('gives previous and next, and none past either end', () => {
    expect(neighbours(lessons, 'b')).toEqual({ previous: lessons[0], next: lessons[2] });
    expect(neighbours(lessons, 'a').previous).toBeUndefined();
    expect(neighbours(lessons, 'd').next).toBeUndefined();
    expect(neighbours(lessons, 'tidak-ada')).toEqual({});
  });

  it('groups by topic in the order of each topic’s first lesson, keeping lesson order inside', () => {
    expect(groupByTopic(lessons).map((g) => [g.topic, g.lessons.map((l) => l.id)])).toEqual([
      ['tppo', ['a', 'c', 'd']],
      ['tppm', ['b']],
    ]);
  });

  it('publishes a lesson at /pelajaran/<id>/', () => {
    expect(lessonUrl('paspor')).toBe('/pelajaran/paspor/');
  });
});

describe('WhatsApp share link', () => {
  it('opens wa.me with the title and the address, encoded', () => {
    const url = whatsappShareUrl('Apa itu TPPO? & kenapa', 'https://contoh.go.id/pelajaran/apa-itu-tppo/');
    expect(url.startsWith('https://wa.me/?text=')).toBe(true);
    const text = new URL(url).searchParams.get('text');
    expect(text).toBe('Apa itu TPPO? & kenapa\nhttps://contoh.go.id/pelajaran/apa-itu-tppo/');
  });
});

describe('lessons marked done (device storage)', () => {
  const memory = () => {
    const data = new Map<string, string>();
    return { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value), data };
  };

  it('marks, keeps and unmarks lessons', () => {
    const storage = memory();
    setDone(storage, 'paspor', true);
    setDone(storage, 'apa-itu-tppo', true);
    expect([...readDone(storage)].sort()).toEqual(['apa-itu-tppo', 'paspor']);
    setDone(storage, 'paspor', false);
    expect([...readDone(storage)]).toEqual(['apa-itu-tppo']);
  });

  it('treats damaged or foreign values as nothing done', () => {
    const storage = memory();
    storage.data.set(PROGRESS_KEY, '{rusak');
    expect(readDone(storage).size).toBe(0);
    storage.data.set(PROGRESS_KEY, JSON.stringify({ paspor: true }));
    expect(readDone(storage).size).toBe(0);
    storage.data.set(PROGRESS_KEY, JSON.stringify(['paspor', 3, null]));
    expect([...readDone(storage)]).toEqual(['paspor']);
  });

  it('still answers when storage is missing or refuses to write', () => {
    expect(readDone(undefined).size).toBe(0);
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect([...setDone(full, 'paspor', true)]).toEqual(['paspor']);
  });
});

describe('offer check', () => {
  it('calls the red-flag answer "bahaya", the other "aman", "tidak tahu" "periksa", no answer nothing', () => {
    expect(verdictFor('ya', 'ya')).toBe('bahaya');
    expect(verdictFor('ya', 'tidak')).toBe('aman');
    expect(verdictFor('tidak', 'tidak')).toBe('bahaya');
    expect(verdictFor('tidak', 'ya')).toBe('aman');
    expect(verdictFor('ya', 'tidak-tahu')).toBe('periksa');
    expect(verdictFor('ya', undefined)).toBeUndefined();
  });

  it('sums up answers in question order and collects each contact once', () => {
    const questions = [
      { id: 'a', bahayaJika: 'ya' as const, kontak: ['kp2mi'] },
      { id: 'b', bahayaJika: 'tidak' as const, kontak: ['polri-110', 'kp2mi'] },
      { id: 'c', bahayaJika: 'ya' as const, kontak: ['sapa-129'] },
      { id: 'd', bahayaJika: 'ya' as const, kontak: ['kemlu-wni'] },
    ];
    const summary = summarise(questions, { b: 'tidak', a: 'ya', c: 'tidak-tahu' });
    expect(summary).toEqual({ bahaya: ['a', 'b'], periksa: ['c'], belum: ['d'] });
    expect(contactsFor(questions, summary.bahaya)).toEqual(['kp2mi', 'polri-110']);
  });

});
