import { describe, expect, it } from 'vitest';
import { BffError } from './errors';
import { checkParams, matchTemplate, parseTemplate, requestSegments } from './path';

const UUID = '3f2a1c4e-9b7d-4e21-8a6f-0c5d2e7b9a13';

function rejects(fn: () => unknown): BffError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(BffError);
    return err as BffError;
  }
  throw new Error('expected a BffError');
}

describe('request path segments', () => {
  it('splits and decodes a plain path', () => {
    expect(requestSegments(`http://c/api/servers/${UUID}/start`)).toEqual(['api', 'servers', UUID, 'start']);
  });

  it.each(['%2F', '%2f', '%5C', '%5c'])('refuses an encoded slash or backslash (%s)', (esc) => {
    const err = rejects(() => requestSegments(`http://c/api/servers/..${esc}..${esc}projects`));
    expect(err).toMatchObject({ status: 400, code: 'invalid_request', message: expect.stringMatching(/encoded slashes/) });
  });

  it('sees dot segments already resolved by URL parsing, so they only ever name another path', () => {
    // The WHATWG URL parser resolves `..`, `%2e%2e` and `.%2E` before the console sees the path;
    // the result is then matched against the allowlist like any other path.
    expect(requestSegments('http://c/api/servers/../projects')).toEqual(['api', 'projects']);
    expect(requestSegments('http://c/api/servers/%2e%2e/.%2E/etc')).toEqual(['etc']);
  });

  it('refuses empty segments and undecodable escapes', () => {
    expect(rejects(() => requestSegments('http://c/api//servers')).status).toBe(400);
    expect(rejects(() => requestSegments('http://c/api/servers/%E0%A4%A')).message).toMatch(/invalid %-escape/);
  });
});

describe('templates and id shapes', () => {
  const t = parseTemplate('/api/servers/:server_id/snapshots/:snapshot_id');

  it('matches literals and collects params', () => {
    expect(matchTemplate(t, ['api', 'servers', 'a', 'snapshots', 'b'])).toEqual({ server_id: 'a', snapshot_id: 'b' });
    expect(matchTemplate(t, ['api', 'servers', 'a', 'snapshot', 'b'])).toBeUndefined();
    expect(matchTemplate(t, ['api', 'servers', 'a'])).toBeUndefined();
  });

  it('refuses a template parameter without a known id shape', () => {
    expect(() => parseTemplate('/api/things/:thing_id')).toThrow(/no id shape/);
  });

  it('accepts the id shapes SCP issues', () => {
    expect(() => checkParams({
      server_id: UUID, project_id: '248deb59a276f958b925db06ab3a6d43', user_id: '2d553b8b61ec61d09029ca5819ee1802',
      host_id: 'host-1b5d13c73cae', quota_id: '8aff579b77cdff11dd877f11eea39822863930fa8c3910ff350d82317bfe1bcb',
      az_id: '00000000-0000-0000-0000-000000000000',
    })).not.toThrow();
  });

  it('names every parameter with a bad shape', () => {
    const err = rejects(() => checkParams({ server_id: 'not-a-uuid', project_id: UUID, host_id: 'host-XYZ' }));
    expect(err.status).toBe(400);
    expect(err.message).toMatch(/server_id must be a UUID/);
    expect(err.message).toMatch(/project_id must be 32 hex digits/);
    expect(err.message).toMatch(/host_id must be host- followed by 12 hex digits/);
    expect(err.extra.fields?.map((f) => f.field)).toEqual(['server_id', 'project_id', 'host_id']);
  });

  it('refuses dots and traversal text as an id', () => {
    expect(() => checkParams({ server_id: '..' })).toThrow(/server_id/);
    expect(() => checkParams({ image_id: `${UUID}/../x` })).toThrow(/image_id/);
  });
});
