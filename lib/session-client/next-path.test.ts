import { describe, expect, it } from 'vitest';
import { HOSTILE_NEXT } from '@/e2e/support/hostile-next';
import { safeNextPath, signInHref } from './next-path';

const UUID = '3f2a9c4e-8b1d-4e6f-a0c2-5d7e9f1b3a6c';

describe('safeNextPath', () => {
  it.each([
    ['/servers', '/servers'],
    ['/servers?status=running#x', '/servers?status=running#x'],
    [`/servers/${UUID}`, `/servers/${UUID}`],
    [`/servers/${UUID}?tab=disks#top`, `/servers/${UUID}?tab=disks#top`],
    ['/tasks?q=%2F%2Fevil', '/tasks?q=%2F%2Fevil'],
    ['/servers?next=//evil.example', '/servers?next=//evil.example'],
    ['/', '/'],
    ['/a/../tenants', '/tenants'],
    ['/%E4%B8%AD', '/%E4%B8%AD'],
  ])('keeps the console path %s', (raw, path) => {
    expect(safeNextPath(raw)).toBe(path);
  });

  it.each(HOSTILE_NEXT)('refuses %j', (raw) => {
    expect(safeNextPath(raw)).toBe('/');
  });

  it.each([
    null, undefined, '', 'servers', '/sign-in', '/SIGN-IN', '/sign-in?next=/sign-in', '/sign-in/x', '/%73ign-in',
    '/api/session', '/API/servers', '/%61pi/session', '/servers/../api/session',
  ])('refuses %j, which is no place to land', (raw) => {
    expect(safeNextPath(raw as string | null | undefined)).toBe('/');
  });

  it('never answers a value a browser would take off-site, for every hostile value', () => {
    for (const raw of HOSTILE_NEXT) {
      const next = safeNextPath(raw, '/fallback');
      expect(new URL(next, 'https://console.example').origin, raw).toBe('https://console.example');
    }
  });

  it('answers the fallback it is given', () => {
    expect(safeNextPath('//evil', '/servers')).toBe('/servers');
  });
});

describe('signInHref', () => {
  it('carries the current page as ?next=', () => {
    expect(signInHref('/servers?status=running')).toBe('/sign-in?next=%2Fservers%3Fstatus%3Drunning');
  });

  it('leaves ?next= out for the home page and for paths it would not follow', () => {
    expect(signInHref('/')).toBe('/sign-in');
    expect(signInHref('/sign-in?next=/x')).toBe('/sign-in');
    expect(signInHref('/..//evil.example')).toBe('/sign-in');
  });
});
