import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mintToken } from '../../src/server/auth/mint-token';
import { freePort, start, waitFor } from '../helpers/service';

/**
 * The disk under DATA_DIR, for real: a small tmpfs of the test's own (these machines run the
 * tests as root), filled up, emptied, and mounted read-only.
 */

const SECRET = 'disk-test-secret-of-thirty-two-characters';
const mounts: string[] = [];

/** A tmpfs of its own, unmounted and removed after the tests. */
function tmpfs(megabytes: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir]);
  mounts.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of mounts.splice(0)) {
    execFileSync('umount', ['-l', dir]);
    fs.rmdirSync(dir);
  }
});

describe('the disk under DATA_DIR', () => {
  it('turns ready to 503 storage_full when the disk is full, answers writes STORAGE_FULL, and recovers when there is room', async () => {
    const disk = tmpfs(24);
    const port = await freePort();
    const service = start({ DATA_DIR: path.join(disk, 'graph'), PORT: String(port), HOST: '127.0.0.1', AUTH_SECRET: SECRET, MIN_FREE_DISK_MB: '2', STATS_WARM: 'off' });
    const url = `http://127.0.0.1:${port}`;
    const ready = async () => {
      const response = await fetch(`${url}/health/ready`);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const editor = await mintToken(SECRET, { role: 'EDITOR', subject: 'ed', ttl: '5m' });
    const create = async (id: string) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
        body: JSON.stringify({ query: `mutation { createTopic(input: { id: "${id}", name: "${'A topic of some length '.repeat(12)}" }) { key } }` }),
      });
      return (await response.json()) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] };
    };
    try {
      await waitFor(service, /serving http/);
      expect((await ready()).status).toBe(200);

      // Fill the disk to the last byte.
      const filler = path.join(disk, 'filler');
      const fd = fs.openSync(filler, 'w');
      const chunk = Buffer.alloc(64 * 1024, 1);
      try {
        for (;;) fs.writeSync(fd, chunk);
      } catch (error) {
        expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
      }
      for (let size = 4096; size >= 1; size = Math.floor(size / 2)) {
        try {
          for (;;) fs.writeSync(fd, Buffer.alloc(size, 1));
        } catch {
          // this size no longer fits; try a smaller one
        }
      }
      fs.closeSync(fd);

      expect(await ready()).toEqual({ status: 503, body: { status: 'storage_full', engine: 'embedded', detail: expect.stringContaining('MIN_FREE_DISK_MB') } });
      let refused;
      for (let i = 0; i < 50 && !refused; i++) {
        const answer = await create(`full-${i}`);
        if (answer.errors) refused = answer.errors[0];
      }
      expect(refused).toEqual({ message: expect.stringContaining('disk under the graph store is full'), extensions: { code: 'STORAGE_FULL' }, locations: expect.any(Array), path: ['createTopic'] });
      expect(service.logs()).not.toMatch(/\n\s+at /);

      fs.rmSync(filler);
      expect((await ready()).status).toBe(200);
      expect((await create('room-again')).errors).toBeUndefined();
    } finally {
      service.child.kill('SIGTERM');
      await service.exited;
    }
  });

  it('names a read-only DATA_DIR as such, not as another process', async () => {
    const disk = tmpfs(8);
    execFileSync('mount', ['-o', 'remount,ro', disk]);
    const service = start({ DATA_DIR: path.join(disk, 'graph'), PORT: String(await freePort()), HOST: '127.0.0.1' });
    expect(await service.exited).toBe(1);
    expect(service.logs()).toMatch(/failed to start: cannot open the graph in .*\(the file system is read-only\)/);
    expect(service.logs()).not.toContain('another process');
  });
});
