/**
 * HTML validity of the built pages with html-validate and the project's .htmlvalidate.json.
 * Every message says which element (an excerpt of the page and its text, so the editor can
 * find it in their file), which rule, and what to do (rule-hints.ts).
 *
 * The ruleset (.htmlvalidate.json) is html-validate's "recommended" preset without the rules
 * that only judge how source code is formatted (case, quotes, self-closing style, trailing
 * spaces): the pages are generated, so those say nothing about what readers get. Also off:
 * "tel-non-breaking" (it asks for non-breaking hyphens inside phone numbers; the numbers on this
 * site are written as editors wrote them and are links whose tel: target is separate).
 * "long-title" is off too: a page title is the lesson title, the view ("Slide: …") and the site
 * name together, so its length is set by the templates, and it is a search-engine nicety, not validity.
 * "valid-id" runs in its relaxed HTML5 form, which allows the dots of Kemendagri codes.
 * `<meta content>` is allowed without a name: Pagefind reads its filters from
 * `<meta data-pagefind-filter="topik[content]" content="…">`, which keeps filter values out of
 * excerpts. Messages about markup inside a <template> (inert until a script fills it) are skipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type HtmlElement, type Message } from 'html-validate';
import type { BuiltPage } from './built-site.ts';
import { excerpt, squeeze, textBefore, type PageReader } from './html-pages.ts';
import { hintFor } from './rule-hints.ts';
import type { SiteIssue } from './site-issue.ts';

/** The project's html-validate configuration (.htmlvalidate.json at the project root). */
export function readHtmlValidateConfig(projectRoot = process.cwd()): ConfigData {
  const file = path.join(projectRoot, '.htmlvalidate.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as ConfigData) : { extends: ['html-validate:recommended'] };
}

export async function checkHtmlValidity(pages: BuiltPage[], read: PageReader, config: ConfigData): Promise<SiteIssue[]> {
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const issues: SiteIssue[] = [];
  for (const page of pages) {
    const parsed = read(page.file);
    const report = await validator.validateString(parsed.source, page.file);
    for (const result of report.results) {
      for (const message of result.messages) {
        // A <template> holds markup that scripts copy and fill in; it is never shown as it is.
        const element = message.selector ? safeQuery(parsed.root, message.selector) : undefined;
        if (element?.closest('template')) continue;
        issues.push(toIssue(page, parsed.source, message, element));
      }
    }
  }
  return issues;
}

function toIssue(page: BuiltPage, source: string, message: Message, element: HtmlElement | undefined): SiteIssue {
  const text = element ? squeeze(element.textContent) : '';
  const where = excerpt(source, message.offset);
  return {
    page,
    line: message.line,
    column: message.column,
    field: `HTML ${message.ruleId}`,
    message:
      `HTML tidak valid: ${hintFor(message.ruleId, message.ruleUrl)}` +
      ` Bagian halaman: ${where}${text ? ` (teks: "${text.slice(0, 60)}${text.length > 60 ? '…' : ''}")` : ''}.` +
      ` Pesan asli html-validate: ${message.message}`,
    needles: textNeedles(text || textBefore(source, message.offset)),
    needleKind: 'text',
    level: message.severity >= 2 ? 'error' : 'warning',
  };
}

function safeQuery(root: HtmlElement, selector: string): HtmlElement | undefined {
  try {
    return root.querySelector(selector) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Pieces of an element's text that are likely to appear as written in the MDX or YAML file. */
function textNeedles(text: string): string[] {
  if (!text) return [];
  const words = text.split(' ');
  return [words.slice(0, 6).join(' '), words.slice(0, 3).join(' ')].filter((n) => n.length >= 8);
}
