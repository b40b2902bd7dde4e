/**
 * Lessons a reader marked "selesai", kept in localStorage on this device only (nothing is sent).
 * Shared by the "Tandai selesai" button and the progress shown on /pelajaran/. Storage can be
 * missing or throw (private mode, full disk, a locked-down shared phone): then nothing is kept
 * and the page works as without JavaScript.
 */
export const PROGRESS_KEY = 'desa-binaan:pelajaran-selesai';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** The ids marked done; an empty set when nothing is stored or the stored value is damaged. */
export function readDone(storage: Store | undefined): Set<string> {
  try {
    const value: unknown = JSON.parse(storage?.getItem(PROGRESS_KEY) ?? '[]');
    return new Set(Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Marks or unmarks one lesson and returns the new set (unchanged on the device if storage fails). */
export function setDone(storage: Store | undefined, id: string, done: boolean): Set<string> {
  const ids = readDone(storage);
  if (done) ids.add(id);
  else ids.delete(id);
  try {
    storage?.setItem(PROGRESS_KEY, JSON.stringify([...ids].sort()));
  } catch {
    // Storage is full or blocked: the mark lasts until the page is closed.
  }
  return ids;
}

/** The device's localStorage, or undefined where reading it throws (some privacy settings do). */
export function deviceStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
