/**
 * `npm test`: every test. Unit tests first (content rules, schemas, import), then the site is
 * built once, then the browser tests run against it in Chromium.
 */
import { spawnSync } from 'node:child_process';
import { findBrowser } from './find-browser.ts';

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const skipBuild = process.argv.includes('--no-build');
run('npx', ['vitest', 'run']);
if (!skipBuild) run('npm', ['run', 'build']);
const browser = await findBrowser({ install: true });
if (!browser) {
  console.error('Chromium tidak ditemukan dan tidak bisa diunduh.');
  process.exit(1);
}
run('npx', ['playwright', 'test'], { ...process.env, CHROME_PATH: browser });
