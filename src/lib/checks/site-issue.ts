/**
 * A problem found in a built page, before it is traced back to the content file an editor
 * wrote (see page-sources.ts). Positions are in the built HTML file.
 */
import type { BuiltPage } from './built-site.ts';

export interface SiteIssue {
  page: BuiltPage;
  /** Line and column in the built HTML file. */
  line: number;
  column: number;
  /** Short name of what is wrong, shown after the file: `tautan "/x/"`, `HTML heading-level`. */
  field: string;
  /** What is wrong and how to fix it, in Indonesian. */
  message: string;
  /** Text to look for in the content files to find the line the editor wrote (href, label, text). */
  needles: string[];
  /** "address": the needles are link targets, matched only as whole addresses; "text": plain words. */
  needleKind: 'address' | 'text';
  level: 'error' | 'warning';
}
