/**
 * Builds a content folder for a test: the valid fixture, with one case from
 * tests/fixtures/content-invalid/<case>/ laid over it (its files replace or join the valid ones).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const FIXTURES = path.resolve('tests/fixtures');
export const VALID = path.join(FIXTURES, 'content-valid');
export const INVALID = path.join(FIXTURES, 'content-invalid');

export function contentWith(caseName?: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dbi-konten-'));
  fs.cpSync(VALID, root, { recursive: true });
  if (caseName) fs.cpSync(path.join(INVALID, caseName), root, { recursive: true });
  return root;
}
