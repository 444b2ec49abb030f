import { describe, expect, it } from 'vitest';
import { safeNextPath, signInHref } from './next-path';

describe('safeNextPath', () => {
  it.each([
    ['/servers', '/servers'],
    ['/servers/abc?tab=disks#top', '/servers/abc?tab=disks#top'],
    ['/', '/'],
    ['/a/../tenants', '/tenants'],
  ])('keeps the console path %s', (raw, path) => {
    expect(safeNextPath(raw)).toBe(path);
  });

  it.each([
    null, undefined, '', 'servers', '//evil.example/x', '/\\evil.example', '\\\\evil.example', 'https://evil.example/',
    'javascript:alert(1)', '/\tservers', '/sign-in', '/sign-in?next=/sign-in', '/api/session',
  ])('refuses %s', (raw) => {
    expect(safeNextPath(raw as string | null | undefined)).toBe('/');
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
  });
});
