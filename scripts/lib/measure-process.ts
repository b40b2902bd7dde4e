/**
 * Runs a command as a child process and measures it: wall time, and peak memory as the largest
 * sum of resident memory of the child and all its descendants (Pagefind runs as its own binary),
 * sampled from /proc every 100 ms. Without /proc (macOS) memory is reported as undefined.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

export interface Measured {
  seconds: number;
  /** Peak resident memory of the process tree in bytes, or undefined when /proc is missing. */
  peakRss?: number;
  exitCode: number;
  /** Last lines of stdout+stderr, for the error message when the command fails. */
  tail: string;
}

const PAGE_KB = 1024;

function childrenOf(pid: number): number[] {
  const found: number[] = [];
  try {
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      const text = fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (text) found.push(...text.split(/\s+/).map(Number));
    }
  } catch {
    // The process ended between two reads.
  }
  return found;
}

function rssOf(pid: number): number {
  try {
    const match = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
    return match ? Number(match[1]) * PAGE_KB : 0;
  } catch {
    return 0;
  }
}

function treeRss(root: number): number {
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    total += rssOf(pid);
    queue.push(...childrenOf(pid));
  }
  return total;
}

/** Runs `command args` with `env`, writing its output to `logFile`, and measures it. */
export function measure(command: string, args: string[], { env, logFile, cwd }: { env: NodeJS.ProcessEnv; logFile: string; cwd?: string }): Promise<Measured> {
  const hasProc = fs.existsSync('/proc/self/status');
  const log = fs.createWriteStream(logFile);
  let tail = '';
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    const timer = hasProc ? setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100) : undefined;
    const keep = (chunk: Buffer) => {
      log.write(chunk);
      tail = (tail + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      log.end();
      resolve({ seconds: (performance.now() - started) / 1000, peakRss: hasProc ? peak : undefined, exitCode: code ?? 1, tail });
    });
  });
}
