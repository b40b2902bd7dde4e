/**
 * What the office's repository gives editors and readers: a workflow that runs the editors' checks
 * and every test on each pull request, the editors' checklist, and the readers' "wrong fact" form
 * that /tentang/ links to when a repository is configured (never a guessed address).
 */
import { describe, expect, test } from 'vitest';
import fs from 'node:fs';
import { parse } from 'yaml';
import { WRONG_FACT_TEMPLATE, repositoryUrl, wrongFactFormUrl } from '../../src/pages/tentang/_repository.ts';

describe('the pull request workflow', () => {
  const workflow = parse(fs.readFileSync('.github/workflows/check.yml', 'utf8'));
  const steps: { uses?: string; run?: string; with?: Record<string, string> }[] = Object.values(workflow.jobs as Record<string, { steps: never[] }>)[0].steps;
  const runs = steps.map((s) => s.run ?? '').join('\n');

  test('runs on every pull request', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
  });
  test('takes Node from .nvmrc and Chromium from apt-get', () => {
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version-file']).toBe('.nvmrc');
    expect(runs).toMatch(/apt-get install .*chromium/);
  });
  test('installs exactly the locked packages, then runs npm run check, then npm test', () => {
    const order = ['npm ci', 'npm run check', 'npm test'].map((command) => steps.findIndex((s) => s.run?.trim().startsWith(command)));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

test("the pull request template carries the editors' checklist", () => {
  const template = fs.readFileSync('.github/pull_request_template.md', 'utf8');
  for (const item of [/- \[ \] Setiap fakta .* sumber/, /- \[ \] Tidak ada nama, nomor telepon, biaya atau kantor yang ditebak/, /- \[ \] Saya sudah menjalankan `npm run check`/, /- \[ \] Saya sudah melihat hasilnya/]) {
    expect(template).toMatch(item);
  }
});

describe("the readers' wrong-fact form", () => {
  const form = parse(fs.readFileSync(`.github/ISSUE_TEMPLATE/${WRONG_FACT_TEMPLATE}`, 'utf8'));
  test('asks, in Indonesian and as required fields, for the page, what is wrong, the correct fact and its source', () => {
    const required = form.body.filter((field: { validations?: { required?: boolean } }) => field.validations?.required).map((field: { id: string }) => field.id);
    expect(required).toEqual(['halaman', 'salah', 'benar', 'sumber']);
    expect(form.name).toBe('Laporkan fakta yang salah');
  });
  test('warns that the report is public', () => {
    expect(form.body[0].attributes.value).toMatch(/bisa dibaca semua orang.*Jangan menulis data pribadi/s);
  });
});

describe('the repository address /tentang/ links to', () => {
  test.each([
    ['https://github.com/kantor/situs', 'https://github.com/kantor/situs'],
    [{ type: 'git', url: 'git+https://github.com/kantor/situs.git' }, 'https://github.com/kantor/situs'],
    ['git@github.com:kantor/situs.git', undefined],
    [null, undefined],
    [{}, undefined],
  ])('%j → %s', (repository, expected) => {
    expect(repositoryUrl(repository)).toBe(expected);
  });
  test('the form address names the form that exists', () => {
    expect(wrongFactFormUrl('https://github.com/kantor/situs')).toBe(`https://github.com/kantor/situs/issues/new?template=${WRONG_FACT_TEMPLATE}`);
    expect(fs.existsSync(`.github/ISSUE_TEMPLATE/${WRONG_FACT_TEMPLATE}`)).toBe(true);
  });
});
