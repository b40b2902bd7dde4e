/**
 * The GitHub workflows cannot be changed from outside the repository: every action is pinned to a
 * full commit (a tag can be moved to other code), and no checkout leaves its token in .git/config
 * for a pull request's build to use. The deploy builds for production, which refuses the
 * placeholder site address.
 */
import { expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';

const DIR = '.github/workflows';
const workflows = fs.readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).map((f) => ({ file: f, text: fs.readFileSync(path.join(DIR, f), 'utf8') }));

test('every action is pinned to a commit', () => {
  const uses = workflows.flatMap(({ file, text }) => [...text.matchAll(/uses:\s*(\S+)/g)].map((m) => `${file}: ${m[1]}`));
  expect(uses.length).toBeGreaterThan(3);
  expect(uses.filter((use) => !/@[0-9a-f]{40}$/.test(use))).toEqual([]);
});

test('no checkout keeps its credentials', () => {
  for (const { file, text } of workflows) {
    const checkouts = [...text.matchAll(/uses:\s*actions\/checkout@\S+[^\n]*\n((?:\s{8,}.*\n)*)/g)];
    for (const [, block] of checkouts) expect(block, file).toMatch(/persist-credentials:\s*false/);
  }
});

test('the deploy builds for production', () => {
  const deploy = workflows.find(({ text }) => text.includes('deploy-pages'));
  expect(deploy?.text).toMatch(/npm run build:produksi/);
  expect(JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts['build:produksi']).toMatch(/PRODUKSI=1/);
});
