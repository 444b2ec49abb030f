import { describe, expect, it } from 'vitest';
import { DOCUMENTED_ENDPOINTS, documentedEndpoint } from './documented';

const janus = DOCUMENTED_ENDPOINTS.filter((e) => !e.path.startsWith('/openstack/'));
const openstack = DOCUMENTED_ENDPOINTS.filter((e) => e.path.startsWith('/openstack/'));

describe('DOCUMENTED_ENDPOINTS', () => {
  it('knows all 399 documented janus operations', () => {
    // 397 table rows, POST /janus/authenticate (prose only) and POST /backup-resources (§4.27.2, whose URI
    // table the document lost) are 399 operations, each at its own line. Entries are by (method, path):
    // three pairs of rows print the same method and path and share one entry with both titles; variants
    // (classic-router rows printed without /janus, path parameters only the section prints) repeat their
    // row's line, except the IAM bulk delete, whose own row's line its /bulk-delete variant keeps.
    const lines = new Set(janus.map((e) => e.line));
    const secondTitles = janus.flatMap((e) => e.title.split(' / ').slice(1));
    const withoutOwnLine = secondTitles.filter((t) => !janus.some((e) => e.title === t));
    expect({ entries: janus.length, lines: lines.size, secondTitles: secondTitles.length, withoutOwnLine: withoutOwnLine.length })
      .toEqual({ entries: 404, lines: 397, secondTitles: 3, withoutOwnLine: 2 });
    expect(lines.size + withoutOwnLine.length).toBe(399);
    expect(janus.filter((e) => e.path.startsWith('/janus')).length).toBe(402);
  });

  it('knows the OpenStack part', () => {
    // Part 2 announces 64 OpenStack APIs; the five server actions share one path.
    expect(openstack.length).toBe(60);
  });

  it('is unique by (method, path)', () => {
    const keys = DOCUMENTED_ENDPOINTS.map((e) => `${e.method} ${e.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps the document typos and adds the prefixed classic-router paths', () => {
    const has = (method: string, path: string) => DOCUMENTED_ENDPOINTS.some((e) => e.method === method && e.path === path);
    expect(has('DELETE', '/janus/v20180725/images/{image_id}')).toBe(true);
    expect(has('GET', '/janus/20180725/floatingipools')).toBe(true);
    expect(has('PUT', '/classicrouters/{router_id}')).toBe(true);
    expect(has('PUT', '/janus/20180725/classicrouters/{router_id}')).toBe(true);
    expect(has('PUT', '/janus/20180725/classic-routers/{router_id}/dnats/actions/bulk-shift')).toBe(true);
  });
});

describe('documentedEndpoint', () => {
  it('matches a concrete path to its template', () => {
    expect(documentedEndpoint('GET', '/janus/20180725/servers/abc')).toBe('/janus/20180725/servers/{server_id}');
    expect(documentedEndpoint('get', '/janus/20180725/servers/abc/')).toBe('/janus/20180725/servers/{server_id}');
  });

  it('prefers a literal segment over a parameter', () => {
    expect(documentedEndpoint('POST', '/janus/20180725/servers/action')).toBe('/janus/20180725/servers/action');
    expect(documentedEndpoint('GET', '/janus/20180725/vnetdev/nfvs')).toBe('/janus/20180725/vnetdev/nfvs');
  });

  it('returns undefined for undocumented paths and empty or multi-segment parameters', () => {
    expect(documentedEndpoint('GET', '/janus/20180725/nope')).toBeUndefined();
    expect(documentedEndpoint('GET', '/janus/20180725/servers/a/b')).toBeUndefined();
    expect(documentedEndpoint('GET', '/janus/20180725/azs//')).toBeUndefined();
  });

  it('knows the operations the document prints without a URI table row', () => {
    expect(documentedEndpoint('POST', '/janus/20180725/backup-resources')).toBe('/janus/20180725/backup-resources');
    expect(documentedEndpoint('DELETE', '/janus/20180725/banners/b1')).toBe('/janus/20180725/banners/{banner_id}');
    expect(documentedEndpoint('PUT', '/janus/20180725/snapshots/policies/p1')).toBe('/janus/20180725/snapshots/policies/{snapshot_policy_id}');
    expect(documentedEndpoint('POST', '/janus/20190725/iam-policies/bulk-delete')).toBe('/janus/20190725/iam-policies/bulk-delete');
  });

  it('requires the method to be documented for that path', () => {
    expect(documentedEndpoint('GET', '/janus/20180725/azs/abc')).toBe('/janus/20180725/azs/{az_id}');
    expect(documentedEndpoint('POST', '/janus/20180725/azs/abc')).toBeUndefined();
  });

  it('resolves OpenStack rows to full /openstack paths', () => {
    expect(documentedEndpoint('POST', '/openstack/compute/v2/servers/s1/action')).toBe('/openstack/compute/v2/servers/{server_id}/action');
    expect(documentedEndpoint('GET', '/openstack/volume/v2/p1/volumes/detail')).toBe('/openstack/volume/v2/{project_id}/volumes/detail');
    expect(documentedEndpoint('POST', '/openstack/identity/v2.0/tokens')).toBe('/openstack/identity/v2.0/tokens');
  });
});
