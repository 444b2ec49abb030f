import { describe, expect, it } from 'vitest';
import { pathParams } from '@/lib/scp';
import { consoleApi } from './routes';

describe('the console API table', () => {
  it('names path parameters as the SCP operation of each route does', () => {
    for (const [key, entry] of Object.entries(consoleApi)) {
      if (!('path' in entry)) continue;
      const consoleParams = [...key.matchAll(/:(\w+)/g)].map((m) => m[1]);
      expect(consoleParams.sort(), key).toEqual(pathParams(entry.path).sort());
    }
  });

  it('keys each route by the method its SCP operation uses', () => {
    for (const [key, entry] of Object.entries(consoleApi)) if ('method' in entry) expect(key.split(' ')[0], key).toBe(entry.method);
  });
});
