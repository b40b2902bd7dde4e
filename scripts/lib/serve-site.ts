/**
 * Serves a built folder with scripts/serve.ts (the same server the browser tests use) on a free
 * port, for the benchmark's Lighthouse runs.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

/** A port nobody listens on right now, for a throwaway local server. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export async function serveSite(dir: string): Promise<{ url: string; close: () => void }> {
  const port = await freePort();
  const server = spawn(process.execPath, [path.resolve('scripts/serve.ts'), '--dir', dir, '--port', String(port)], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      server.kill();
      throw new Error(`${url} tidak menjawab dalam 15 detik`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, close: () => server.kill() };
}
