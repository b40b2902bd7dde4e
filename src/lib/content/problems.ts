/**
 * One shape for every content problem, and the Indonesian wording editors read.
 */
import type { z } from 'astro/zod';

export interface Problem {
  /** File path relative to the project, as in the pull request. */
  file: string;
  /** Line in the file, when known. */
  line?: number;
  /** Field path as editors read it: "kuis[2].jawaban". */
  field?: string;
  /** What is wrong and how to fix it, in Indonesian. */
  message: string;
  /** Errors stop the build; warnings are shown and let it pass. */
  level: 'error' | 'warning';
}

/** "kuis", 1, "jawaban" → "kuis[2].jawaban" (list positions counted from 1, as people count). */
export function formatField(fieldPath: readonly PropertyKey[]): string {
  return fieldPath
    .map((key, index) => (typeof key === 'number' ? `[${key + 1}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

/** The closest known name, when one is close enough to be a typo. */
export function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

function describeType(value: unknown): string {
  if (value === undefined) return 'kosong';
  if (value === null) return 'kosong (null)';
  if (Array.isArray(value)) return 'daftar';
  if (value instanceof Date) return 'tanggal';
  if (typeof value === 'object') return 'kumpulan kolom';
  if (typeof value === 'number') return 'angka';
  if (typeof value === 'boolean') return 'true/false';
  return `teks "${String(value)}"`;
}

const EXPECTED: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  boolean: 'true atau false',
  array: 'daftar (setiap isi diawali "- ")',
  object: 'kumpulan kolom (nama: isi)',
  date: 'tanggal TTTT-BB-HH',
};

function valueAt(data: unknown, fieldPath: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of fieldPath) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Turns a zod issue into an Indonesian sentence saying what is wrong and what to write. */
export function describeIssue(
  issue: z.core.$ZodIssue,
  data: unknown,
  knownKeys: (path: readonly PropertyKey[]) => string[] = () => [],
): { path: PropertyKey[]; message: string }[] {
  const path = issue.path as PropertyKey[];
  const value = valueAt(data, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = knownKeys(path);
      return issue.keys.map((key) => {
        const guess = closest(key, allowed);
        return {
          path: [...path, key],
          message: `kolom "${key}" tidak dikenal${guess ? `; mungkin maksud Anda "${guess}"?` : '; periksa ejaannya atau hapus kolom ini'}`,
        };
      });
    }
    case 'invalid_type': {
      const custom = issue.message && !issue.message.startsWith('Invalid input') ? issue.message : '';
      if (value === undefined) {
        const how = custom || `isi dengan ${EXPECTED[issue.expected] ?? 'nilainya'}`;
        return [{ path, message: `kolom wajib "${String(path.at(-1))}" belum diisi: ${how}` }];
      }
      return [{ path, message: custom || `isinya ${describeType(value)}, seharusnya ${EXPECTED[issue.expected] ?? issue.expected}` }];
    }
    case 'invalid_value':
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
    case 'custom':
    default: {
      const message =
        issue.message && !/^(Invalid|Too (small|big)|Expected)/.test(issue.message) ? issue.message : defaultMessage(issue);
      return [{ path, message }];
    }
  }
}

function defaultMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'array' ? `daftar ini perlu minimal ${issue.minimum} isi` : `terlalu pendek (minimal ${issue.minimum})`;
    case 'too_big':
      return issue.origin === 'array' ? `daftar ini paling banyak ${issue.maximum} isi` : `terlalu panjang atau terlalu besar (maksimal ${issue.maximum})`;
    case 'invalid_value':
      return `nilai tidak dikenal; pilih salah satu: ${issue.values.map(String).join(', ')}`;
    default:
      return `isi tidak sesuai (${issue.message})`;
  }
}

/** "content/x.yaml:12 · kuis[2].jawaban — message" */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? ` · ${problem.field}` : '';
  const tag = problem.level === 'error' ? 'GALAT' : 'PERINGATAN';
  return `${tag} ${where}${field}\n  ${problem.message}`;
}
