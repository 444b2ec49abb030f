import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BodyFile } from '../scp';
import { withSpooledBody } from './spool';

const put = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request('http://console.test/api/images/x/upload', { method: 'PUT', body, headers, duplex: 'half' } as RequestInit);

describe('withSpooledBody', () => {
  it('gives `use` a private file with the body, its size and hash, and deletes it afterwards', async () => {
    const bytes = randomBytes(300_000);
    let seen: BodyFile | undefined;
    const result = await withSpooledBody(put(bytes), 1_000_000, async (file) => {
      seen = file;
      expect(statSync(file.path).mode & 0o777).toBe(0o600);
      expect(readFileSync(file.path).equals(bytes)).toBe(true);
      return 'done';
    });
    expect(result).toBe('done');
    expect(seen).toMatchObject({ size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(existsSync(seen!.path)).toBe(false);
  });

  it('deletes the file when `use` fails', async () => {
    let path = '';
    await expect(withSpooledBody(put('content'), 100, async (file) => {
      path = file.path;
      throw new Error('SCP said no');
    })).rejects.toThrow('SCP said no');
    expect(path).not.toBe('');
    expect(existsSync(path)).toBe(false);
  });

  it('refuses too large (413) and empty (400) bodies without calling `use`', async () => {
    const never = async () => expect.unreachable();
    await expect(withSpooledBody(put('x'.repeat(101)), 100, never)).rejects.toMatchObject({ status: 413, code: 'body_too_large' });
    await expect(withSpooledBody(put('x', { 'content-length': '101' }), 100, never)).rejects.toMatchObject({ status: 413 });
    await expect(withSpooledBody(put(null), 100, never)).rejects.toMatchObject({ status: 400, code: 'invalid_request' });
    await expect(withSpooledBody(put(''), 100, never)).rejects.toMatchObject({ status: 400 });
  });
});
