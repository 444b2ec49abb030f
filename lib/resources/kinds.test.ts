import { describe, expect, it } from 'vitest';
import { isMessageKey } from '@/lib/i18n';
import { floatingIpResource } from './floating-ips/resource';
import { imageResource } from './images/resource';
import { RESOURCE_KINDS, RESOURCE_NAV } from './kinds';
import { tenantResource } from './projects/resource';
import { serverResource } from './servers/resource';
import { snapshotResource } from './snapshots/resource';
import { subnetResource } from './subnets/resource';
import { vpcResource } from './vpcs/resource';

const declarations = [serverResource, snapshotResource, imageResource, vpcResource, subnetResource, floatingIpResource, tenantResource];

describe('the resource kinds', () => {
  it('name each kind and SCP object type once', () => {
    expect(new Set(RESOURCE_KINDS.map((k) => k.kind)).size).toBe(RESOURCE_KINDS.length);
    expect(new Set(RESOURCE_KINDS.map((k) => k.objectType)).size).toBe(RESOURCE_KINDS.length);
  });

  it.each(declarations.map((d) => [d.kind, d] as const))('are what the %s declaration carries', (kind, declaration) => {
    const declared = RESOURCE_KINDS.find((k) => k.kind === kind);
    expect(declared).toBeDefined();
    expect({ objectType: declaration.objectType, href: declaration.href, invalidate: declaration.invalidate, nav: declaration.nav })
      .toEqual({ objectType: declared?.objectType, href: declared?.href, invalidate: declared?.invalidate, nav: declared?.nav });
  });

  it.each(declarations.map((d) => [d.kind, d] as const))('make a finished %s task refresh its own list', (_kind, declaration) => {
    expect(declaration.invalidate).toContainEqual(declaration.list.all);
  });

  it('give each navigation entry its own id, place and dictionary label', () => {
    expect(new Set(RESOURCE_NAV.map((n) => n.id)).size).toBe(RESOURCE_NAV.length);
    expect(new Set(RESOURCE_NAV.map((n) => n.order)).size).toBe(RESOURCE_NAV.length);
    expect(RESOURCE_NAV.filter((n) => !isMessageKey(n.labelKey))).toEqual([]);
  });

  it('link an object to its kind\'s page', () => {
    for (const k of RESOURCE_KINDS.filter((kind) => kind.href && kind.nav)) expect(k.href?.('x')).toMatch(new RegExp(`^${k.nav?.path}(/|$)`));
  });
});
