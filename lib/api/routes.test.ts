import { describe, expect, it } from 'vitest';
import { pathParams } from '@/lib/scp';
import { scpOperation } from '@/lib/scp';
import { z } from 'zod';
import { consoleApi, routesOf } from './routes';

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

/** The routes as they were written by hand before the registry named them: the move dropped none. */
const ROUTES_BEFORE = [
  'GET /api/servers',
  'POST /api/servers',
  'POST /api/servers/action',
  'GET /api/servers/:server_id',
  'PUT /api/servers/:server_id',
  'DELETE /api/servers/:server_id',
  'POST /api/servers/:server_id/restore',
  'POST /api/servers/:server_id/start',
  'POST /api/servers/:server_id/stop',
  'POST /api/servers/:server_id/reboot',
  'POST /api/servers/:server_id/suspend',
  'POST /api/servers/:server_id/clone',
  'POST /api/servers/:server_id/allocation',
  'POST /api/servers/:server_id/server-password',
  'POST /api/servers/:server_id/remote-consoles',
  'GET /api/servers/:server_id/snapshots',
  'POST /api/servers/:server_id/snapshots',
  'PUT /api/servers/:server_id/snapshots/:snapshot_id',
  'DELETE /api/servers/:server_id/snapshots/:snapshot_id',
  'POST /api/servers/:server_id/snapshots/:snapshot_id/recovery',
  'GET /api/tasks',
  'POST /api/tasks/batch',
  'GET /api/tasks/:task_id',
  'GET /api/images',
  'POST /api/images',
  'PUT /api/images/:image_id',
  'DELETE /api/images/:image_id',
  'PUT /api/images/:image_id/upload',
  'GET /api/azs',
  'GET /api/azs/:az_id',
  'GET /api/storages/tags',
  'GET /api/hosts',
  'GET /api/overview',
  'GET /api/vpcs',
  'POST /api/vpcs',
  'DELETE /api/vpcs/:vpc_id',
  'GET /api/subnets',
  'POST /api/subnets',
  'GET /api/subnets/:subnet_id',
  'PUT /api/subnets/:subnet_id',
  'DELETE /api/subnets/:subnet_id',
  'GET /api/floatingips',
  'POST /api/floatingips',
  'GET /api/floatingips/:floatingip_id',
  'PUT /api/floatingips/:floatingip_id',
  'DELETE /api/floatingips/:floatingip_id',
  'POST /api/floatingips/:floatingip_id/binding',
  'DELETE /api/floatingips/:floatingip_id/unbinding',
  'GET /api/linetypes',
  'GET /api/floatingippools',
  'GET /api/quotas',
  'POST /api/quotas',
  'GET /api/projects',
  'POST /api/projects',
  'GET /api/projects/:project_id',
  'PUT /api/projects/:project_id',
  'DELETE /api/projects/:project_id',
  'POST /api/projects/:project_id/azs',
  'DELETE /api/projects/:project_id/azs/:az_id',
  'GET /api/users',
];

describe('the routes the registry names', () => {
  it('keep the 60 routes the console had, each under its entry\'s own name', () => {
    expect(Object.keys(consoleApi)).toEqual(expect.arrayContaining(ROUTES_BEFORE));
    for (const [key, entry] of Object.entries(consoleApi)) if ('path' in entry) expect(entry.console, key).toBe(key);
  });

  it('refuses a route that two entries claim', () => {
    const entry = (name: string) => scpOperation({ name, summary: name, method: 'GET', version: '20180725', path: '/x', roles: ['admin'], response: z.unknown(), console: 'GET /api/x' });
    expect(() => routesOf([entry('a.one'), entry('b.two')])).toThrow('b.two and a.one both claim the console route GET /api/x');
  });
});

