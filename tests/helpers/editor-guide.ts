/**
 * Reads the examples out of CONTRIBUTING.md, so tests can hold the guide to what it promises:
 * `<!-- contoh: <path under content/> -->` before a complete file that must pass the check, and
 * `<!-- komponen: <Name> -->` before an example of an MDX component.
 */
import fs from 'node:fs';

export const GUIDE_TEXT = () => fs.readFileSync('CONTRIBUTING.md', 'utf8');

function blocksAfter(marker: 'contoh' | 'komponen', text = GUIDE_TEXT()): { name: string; code: string }[] {
  const pattern = new RegExp(`<!-- ${marker}: (\\S+) -->\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\\n\`\`\``, 'g');
  return [...text.matchAll(pattern)].map(([, name, code]) => ({ name, code: `${code}\n` }));
}

/** Complete example files, by their path under content/. */
export const guideExamples = (text?: string) => blocksAfter('contoh', text).map(({ name, code }) => ({ file: name, code }));

/** Component examples, by component name. */
export const componentExamples = (text?: string) => blocksAfter('komponen', text).map(({ name, code }) => ({ component: name, code }));
