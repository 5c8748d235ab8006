import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from './tmp';

/** The built service, as `npm start` runs it after its build step. */
export const MAIN = path.join(REPO_ROOT, 'dist/server/main.js');

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface Started {
  child: ChildProcess;
  logs: () => string;
  exited: Promise<number | null>;
}

/** Starts the built service as `npm start` does (after its build step). */
export function start(env: Record<string, string>): Started {
  const child = spawn(process.execPath, [MAIN], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let logs = '';
  child.stdout!.on('data', (d) => (logs += d));
  child.stderr!.on('data', (d) => (logs += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, logs: () => logs, exited };
}

export async function waitFor(started: Started, pattern: RegExp, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (!pattern.test(started.logs())) {
    if (Date.now() > until || started.child.exitCode !== null) throw new Error(`did not see ${pattern} in:\n${started.logs()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
