/**
 * Builds and serves the site from a changed copy of content/, for browser tests of what readers
 * see after an editor's change (an officer filled in, a village's own entries added) without
 * touching content/ itself. The copy and Astro's cache live in a fresh temporary folder, the
 * built site in dist-fixture-<name>-<pid>/ (removed by close()); Pagefind is skipped (PAGEFIND=0)
 * because these tests do not search.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface FixtureSite {
  /** The content copy the site was built from. */
  contentDir: string;
  /** The built site. */
  outDir: string;
  /** Stops the server and removes the temporary folder. */
  close: () => Promise<void>;
  baseURL: string;
}

/**
 * Copies content/, lets `prepare` change the copy, builds it, and serves the result on `port`.
 * Throws with Astro's output when the build fails.
 */
export async function buildFixtureSite(options: { name: string; port: number; prepare: (contentDir: string) => void }): Promise<FixtureSite> {
  const { contentDir, outDir, remove } = buildFixture(options);
  const server = spawn(process.execPath, ['scripts/serve.ts', '--dir', outDir, '--port', String(options.port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await waitForListening(server);
  return {
    contentDir,
    outDir,
    baseURL: `http://127.0.0.1:${options.port}`,
    close: async () => {
      server.kill();
      remove();
    },
  };
}

/**
 * The build of buildFixtureSite without a server, for a test that serves it itself (e.g. as the
 * next deploy of a site already being served). `remove()` deletes the build and the copy.
 */
export function buildFixture(options: { name: string; prepare: (contentDir: string) => void }): { contentDir: string; outDir: string; remove: () => void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `dbi-${options.name}-`));
  const contentDir = path.join(root, 'konten');
  // Inside the project: Astro renders an output folder outside it in the shared <project>/.astro,
  // where two such builds at once (another test, another engineer) delete each other's files.
  const outDir = path.resolve(`dist-fixture-${options.name}-${process.pid}`);
  fs.cpSync('content', contentDir, { recursive: true });
  options.prepare(contentDir);
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...process.env, KONTEN_DIR: contentDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: path.join(root, 'cache'), PAGEFIND: '0' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const remove = () => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(outDir, { recursive: true, force: true });
  };
  if (build.status !== 0) {
    remove();
    throw new Error(`astro build (${options.name}) gagal:\n${build.stdout.slice(-4000)}\n${build.stderr.slice(-4000)}`);
  }
  return { contentDir, outDir, remove };
}

function waitForListening(server: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('http://')) resolve();
    });
    server.once('exit', (code) => reject(new Error(`server berhenti (kode ${code})`)));
  });
}
