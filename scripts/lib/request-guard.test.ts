import { describe, expect, it } from 'vitest';
import { checkRequest, METHOD_HEADER, NEXT_METHODS, PAGE_ALLOW } from './request-guard.mjs';
import { METHOD_HEADER as BFF_METHOD_HEADER, ROUTE_METHODS } from '../../server/bff/methods';

const ID = '3f2a1c4e-9b7d-4e21-8a6f-0c5d2e7b9a13';

function refusal(method: string, target: string) {
  const verdict = checkRequest(method, target);
  if (!('answer' in verdict)) throw new Error(`${method} ${target} was forwarded`);
  return verdict.answer;
}

describe('the raw request guard', () => {
  it('forwards ordinary requests unchanged', () => {
    for (const [method, target] of [['GET', '/'], ['GET', '/servers?page=2&name=%E4%B8%AD'], ['POST', `/api/servers/${ID}/start`], ['GET', '/_next/static/chunks/main.js'], ['PATCH', '/api/servers'], ['GET', '/api']]) {
      expect(checkRequest(method, target), `${method} ${target}`).toEqual({ forward: {} });
    }
  });

  it.each(['/api/servers/%zz', '/api/servers/%E4%BA', '/servers/%zz', '/servers/%', '/api/servers/%C0%AF'])('refuses an undecodable path %s with a 400 naming the segment', (target) => {
    const a = refusal('GET', target);
    expect(a).toMatchObject({ status: 400, error: { code: 'invalid_request' } });
    expect(a.error!.message).toMatch(/percent-escape/);
    expect(a.error!.message).toContain(target.split('/').pop()!);
  });

  it('says which escape is malformed', () => {
    expect(refusal('GET', '/api/servers/ab%zzcd').error!.message).toMatch(/bad percent-escape "%zz"/);
    expect(refusal('GET', '/api/servers/%E4%BA').error!.message).toMatch(/not UTF-8/);
  });

  it.each([
    `/api/servers/${ID}/start/%2e%2e/stop`, `/api/servers/${ID}/snapshots/%2e%2e`, `/api/servers/${ID}/start/../stop`, '/api/servers/./x',
    '/api/servers/.%2E/x', '/api/servers/%2E./x', '/api/servers/%2e', '/servers/../tasks', '/servers/%2e%2e/tasks', '/_next/static/%2e%2e/%2e%2e/package.json',
  ])('refuses the dot segments of %s', (target) => {
    expect(refusal('POST', target)).toMatchObject({ status: 400, error: { code: 'invalid_request', message: expect.stringMatching(/dot segments/) } });
  });

  it.each(['/api/servers/a%2Fb', '/api/servers/a%2fb', '/api/servers/a%5Cb', '/servers/a%5cb'])('refuses the encoded slash of %s', (target) => {
    expect(refusal('GET', target).error!.message).toMatch(/encoded slashes/);
  });

  it('refuses any encoded dot and any empty segment under /api, so Next never redirects there', () => {
    expect(refusal('GET', '/api/servers/a%2eb').error!.message).toMatch(/%2e/);
    expect(refusal('GET', '/api/servers/').error!.message).toMatch(/empty segments/);
    expect(refusal('GET', '/api//servers').error!.message).toMatch(/empty segments/);
    expect(refusal('GET', '/api/').error!.message).toMatch(/empty segments/);
    expect(checkRequest('GET', '/servers/')).toEqual({ forward: {} });
  });

  it('refuses backslashes, fragments and targets that are not paths', () => {
    expect(refusal('GET', '/api/servers\\..\\azs').error!.message).toMatch(/backslash/);
    expect(refusal('GET', '/api/azs#x').error!.message).toMatch(/#/);
    expect(refusal('GET', 'http://evil.example/api/azs').error!.message).toMatch(/must be a path/);
    expect(refusal('OPTIONS', '*').status).toBe(400);
  });

  it('hands a method Next cannot route on to the console API as OPTIONS', () => {
    expect(checkRequest('TRACE', '/api/servers')).toEqual({ forward: { method: 'OPTIONS' } });
    expect(checkRequest('CONNECT', '/api/session')).toEqual({ forward: { method: 'OPTIONS' } });
  });

  it('lets pages and static files answer GET and HEAD only', () => {
    expect(checkRequest('HEAD', '/servers')).toEqual({ forward: {} });
    expect(refusal('OPTIONS', '/servers')).toEqual({ status: 204, allow: PAGE_ALLOW });
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE']) {
      expect(refusal(method, '/servers')).toMatchObject({ status: 405, allow: 'GET, HEAD, OPTIONS', error: { code: 'method_not_allowed', message: expect.stringContaining(`${method} is not allowed on "/servers"`) } });
    }
  });

  it('agrees with the console API on the method header and with Next on its methods', () => {
    expect(METHOD_HEADER).toBe(BFF_METHOD_HEADER);
    expect([...NEXT_METHODS].sort()).toEqual([...ROUTE_METHODS].sort());
  });
});
