/**
 * Writes <site>/sw.js with Workbox's `generateSW` (options: ./sw-options.ts), fast on every build
 * but the first. generateSW bundles and minifies the Workbox runtime with Rollup, Babel and Terser
 * on each call: 2–8 s here, a large share of a 30 s build budget. Only the precache list changes
 * from build to build, so the worker is generated once per configuration with a placeholder list,
 * kept in node_modules/.cache (named by a hash of everything that shapes it), and each build puts
 * its own list in the placeholder's place. When the placeholder cannot be found in Workbox's output
 * (a future Workbox may print it differently), the worker is generated in full instead.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { generateSW, type GenerateSWOptions } from 'workbox-build';
import { serviceWorkerOptions, type PrecacheEntry } from './sw-options.ts';

const PLACEHOLDER: PrecacheEntry[] = [{ url: '/__precache_list__', revision: '__precache_list__' }];
/** How Terser prints the placeholder list. */
const PRINTED_PLACEHOLDER = '[{url:"/__precache_list__",revision:"__precache_list__"}]';

export const DEFAULT_TEMPLATE_DIR = path.resolve('node_modules/.cache/desa-binaan-sw');

const workboxVersion = (createRequire(import.meta.url)('workbox-build/package.json') as { version: string }).version;

/** A name for the worker's shape: Workbox's version and every option but the list and the paths, functions by their source. */
function templateKey(options: GenerateSWOptions): string {
  const shape = { ...options, swDest: undefined, globDirectory: undefined, additionalManifestEntries: undefined };
  const text = JSON.stringify({ workboxVersion, shape }, (_key, value: unknown) => (typeof value === 'function' || value instanceof RegExp ? String(value) : value));
  return crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export interface WrittenServiceWorker {
  /** Entries in the precache list. */
  precached: number;
  /** Whether the kept template was used (false: Workbox generated the worker in this build). */
  fromTemplate: boolean;
  warnings: string[];
}

export async function writeServiceWorker(
  siteDir: string,
  { templateDir = DEFAULT_TEMPLATE_DIR, files }: { templateDir?: string; files?: string[] } = {},
): Promise<WrittenServiceWorker> {
  const options = serviceWorkerOptions(siteDir, files);
  const entries = options.additionalManifestEntries as PrecacheEntry[];
  const template = path.join(templateDir, `sw-${templateKey(options)}.js`);
  const warnings: string[] = [];
  let fromTemplate = fs.existsSync(template);

  if (!fromTemplate) {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'dbi-sw-'));
    try {
      const generated = await generateSW({ ...options, swDest: path.join(scratch, 'sw.js'), additionalManifestEntries: PLACEHOLDER });
      warnings.push(...generated.warnings);
      const code = fs.readFileSync(path.join(scratch, 'sw.js'), 'utf8');
      if (code.split(PRINTED_PLACEHOLDER).length === 2) {
        fs.mkdirSync(templateDir, { recursive: true });
        // Written under a temporary name, then renamed: two builds at once never read half a file.
        const partial = `${template}.${process.pid}`;
        fs.writeFileSync(partial, code);
        fs.renameSync(partial, template);
        fromTemplate = true;
      }
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  }

  if (fromTemplate) {
    const code = fs.readFileSync(template, 'utf8').replace(PRINTED_PLACEHOLDER, () => JSON.stringify(entries));
    fs.writeFileSync(options.swDest, code);
  } else {
    warnings.push(...(await generateSW(options)).warnings);
  }
  return { precached: entries.length, fromTemplate, warnings };
}
