/**
 * CONTRIBUTING.md keeps its promises: every complete example passes the check, every MDX
 * component is documented with an example that uses only its real attributes, every field of
 * every content schema is explained, the quoted check messages are the ones the checks print
 * today, and its links to its own sections work.
 */
import { describe, expect, test } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validateContent } from '../../src/lib/content/validate.ts';
import { findPlaceholders } from '../../src/lib/checks/placeholders.ts';
import { keysAt } from '../../src/lib/content/schema-keys.ts';
import { lessonSchema } from '../../src/schemas/lesson.ts';
import { journeySchema } from '../../src/schemas/journey.ts';
import { contactSchema } from '../../src/schemas/contact.ts';
import { officerSchema } from '../../src/schemas/officer.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { villageSchema, districtSchema } from '../../src/schemas/area.ts';
import { sourceSchema } from '../../src/schemas/common.ts';
import { factSchema } from '../../src/schemas/fact.ts';
import { lawSchema } from '../../src/schemas/law.ts';
import { offerCheckSchema } from '../../src/schemas/offer-check.ts';
import { PAGE_SCHEMAS } from '../../src/schemas/page.ts';
import { END, START, messagesMarkdown, withMessages } from '../../scripts/editor-messages.ts';
import { GUIDE_TEXT, componentExamples, guideExamples } from '../helpers/editor-guide.ts';

const guide = GUIDE_TEXT();

/** Names in `mdxComponents` of src/components/mdx/index.ts: what authors can write without an import. */
const authorComponents = () => {
  const index = fs.readFileSync('src/components/mdx/index.ts', 'utf8');
  const body = /export const mdxComponents = \{([^}]*)\}/.exec(index)?.[1] ?? '';
  return [...body.matchAll(/(\w+)\s*[,:]/g)].map((m) => m[1]);
};

describe('the complete examples', () => {
  const examples = guideExamples(guide);

  test('cover every kind of content', () => {
    const folders = examples.map((e) => e.file.split('/')[0]);
    expect(folders).toEqual(expect.arrayContaining(['pelajaran', 'langkah', 'kontak', 'wilayah', 'pimpasa', 'situs.yaml', 'fakta', 'hukum']));
  });

  test('pass the content check next to the real content, with no placeholder left', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dbi-panduan-'));
    fs.cpSync('content', root, { recursive: true });
    for (const { file, code } of examples) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), code);
    }
    const exampleFiles = new Set(examples.map((e) => path.join(root, e.file)));
    const ofExamples = (problems: { file: string; level: string }[]) => problems.filter((p) => p.level === 'error' && exampleFiles.has(path.resolve(p.file)));
    expect(ofExamples(validateContent({ root, today: new Date('2026-11-28T00:00:00Z') }).problems)).toEqual([]);
    expect(ofExamples(findPlaceholders(root))).toEqual([]);
  });
});

describe('the MDX components', () => {
  const examples = componentExamples(guide);

  test('every component authors can use has an example, and every example is a real component', () => {
    expect(authorComponents().length).toBeGreaterThan(5);
    expect(examples.map((e) => e.component).sort()).toEqual(authorComponents().sort());
  });

  test.each(componentExamples(guide))('the $component example uses only attributes the component takes', ({ component, code }) => {
    const source = fs.readFileSync(`src/components/mdx/${component}.astro`, 'utf8');
    const props = /interface Props \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
    const allowed = [...props.matchAll(/^\s*(\w+)\??:/gm)].map((m) => m[1]);
    const opening = new RegExp(`<${component}\\b([\\s\\S]*?)/?>`).exec(code)?.[1] ?? '';
    const used = [...opening.matchAll(/(?:^|\s)(\w+)=/g)].map((m) => m[1]);
    expect(used.filter((name) => !allowed.includes(name)), `${component} takes: ${allowed.join(', ') || '(nothing)'}`).toEqual([]);
  });
});

test('every field of every content schema is explained', () => {
  const fields = new Set([
    ...keysAt(lessonSchema, []),
    ...keysAt(lessonSchema, ['kuis', 0]),
    ...keysAt(lessonSchema, ['fasilitator']),
    ...keysAt(journeySchema, []),
    ...keysAt(journeySchema, ['langkah', 0]),
    ...keysAt(journeySchema, ['langkah', 0, 'tautan']),
    ...keysAt(contactSchema, []),
    ...keysAt(contactSchema, ['saluran', 0]),
    ...keysAt(officerSchema, []),
    ...keysAt(siteSchema, []),
    ...keysAt(siteSchema, ['kantor']),
    ...keysAt(siteSchema, ['wilayah']),
    ...keysAt(districtSchema, []),
    ...keysAt(villageSchema, []),
    ...keysAt(villageSchema, ['agenLiterasi', 0]),
    ...keysAt(sourceSchema, []),
    ...keysAt(factSchema, []),
    ...keysAt(factSchema, ['dasarHukum', 0]),
    ...keysAt(lawSchema, []),
    ...keysAt(lawSchema, ['perubahan', 0]),
    ...keysAt(offerCheckSchema, []),
    ...keysAt(offerCheckSchema, ['hasil']),
    ...keysAt(offerCheckSchema, ['pertanyaan', 0]),
    ...Object.values(PAGE_SCHEMAS).flatMap((schema) => keysAt(schema, [])),
  ]);
  expect(fields.size).toBeGreaterThan(50);
  expect([...fields].filter((field) => !guide.includes(`\`${field}\``))).toEqual([]);
});

test('the templates the guide tells editors to copy exist', () => {
  for (const name of [...guide.matchAll(/scripts\/templates\/([\w.-]+\.(?:mdx|yaml))/g)].map((m) => m[1])) {
    expect(fs.existsSync(path.join('scripts/templates', name)), name).toBe(true);
  }
});

test('the list of check messages is the one the checks print today', async () => {
  expect(guide).toContain(START);
  expect(guide).toContain(END);
  const current = withMessages(guide, await messagesMarkdown());
  // When this fails after a change to a check or a fixture: node scripts/editor-messages.ts --tulis
  expect(guide).toBe(current);
});

test('links to sections of the guide lead to a heading', () => {
  // GitHub's heading addresses: lower case, punctuation dropped, spaces become hyphens.
  const slug = (heading: string) => heading.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').trim().replace(/\s/g, '-');
  const headings = new Set([...guide.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1])));
  const links = [...guide.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
  expect(links.length).toBeGreaterThan(5);
  expect(links.filter((anchor) => !headings.has(anchor))).toEqual([]);
});
