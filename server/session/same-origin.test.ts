import { describe, expect, it } from 'vitest';
import { assertSameOrigin, CrossOriginError, requestOrigin } from './same-origin';

const post = (url: string, headers: Record<string, string>) => new Request(url, { method: 'POST', headers });

describe('same-origin guard', () => {
  it('takes the origin from forwarded headers and Host, as the browser saw it', () => {
    expect(requestOrigin(post('http://localhost:3000/api/session', {}))).toBe('http://localhost:3000');
    expect(requestOrigin(post('http://localhost:3000/api/session', { host: 'console.corp:3000' }))).toBe('http://console.corp:3000');
    expect(requestOrigin(post('http://localhost:3000/api/session', { host: 'internal', 'x-forwarded-host': 'Console.Corp', 'x-forwarded-proto': 'https' }))).toBe('https://console.corp');
  });

  it('lets the console\'s own pages through', () => {
    expect(() => assertSameOrigin(post('http://localhost:3000/x', { origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' }))).not.toThrow();
    expect(() => assertSameOrigin(post('http://localhost:3000/x', { origin: 'https://console.corp', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'console.corp' }))).not.toThrow();
  });

  it('refuses other origins, cross-site fetches, null and missing Origin', () => {
    const cases: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'http://localhost:3000', 'sec-fetch-site': 'cross-site' },
      { origin: 'http://localhost:3000', 'sec-fetch-site': 'same-site' },
      { origin: 'null' },
      { origin: 'https://localhost:3000' },
      {},
    ];
    for (const headers of cases) {
      const err = (() => { try { assertSameOrigin(post('http://localhost:3000/x', headers)); } catch (e) { return e; } })();
      expect(err, JSON.stringify(headers)).toBeInstanceOf(CrossOriginError);
      expect(err).toMatchObject({ code: 'cross_origin', status: 403 });
    }
  });
});
