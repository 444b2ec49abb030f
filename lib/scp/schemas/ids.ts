import { z } from 'zod';

/*
 * The shapes of SCP ids, as SCP (and the simulator's seed) issues them. The BFF
 * checks path parameters against these before anything reaches SCP, and request
 * bodies use them for references to other objects.
 */

/** Which id shape a kind of object has. */
export type IdShape = 'uuid' | 'hex32' | 'hex64' | 'host';

/**
 * One pattern per id shape. UUIDs are matched by layout only: SCP's well-known storage tags are all zeros, ones, twos.
 *
 * Ids are lower case, and upper case is refused rather than lower-cased: SCP
 * issues every id in lower case (the seed has no other), compares them as
 * strings, and the console compares them too (tenant confinement, query keys,
 * caches). Refusing keeps one spelling of each id everywhere, in paths, queries
 * and bodies alike, since all three are checked with these patterns; a
 * silently rewritten id would be a second spelling that some comparison misses.
 */
export const ID_PATTERNS: Record<IdShape, RegExp> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  /** Projects (tenants), users and storages. */
  hex32: /^[0-9a-f]{32}$/,
  /** Quota rows. */
  hex64: /^[0-9a-f]{64}$/,
  /** Physical hosts, e.g. `host-6c92bfde3a4c` (also used as `location.id`). */
  host: /^host-[0-9a-f]{12}$/,
};

const DESCRIPTION: Record<IdShape, string> = {
  uuid: 'a UUID (8-4-4-4-12 hex digits, lower case)',
  hex32: '32 hex digits, lower case',
  hex64: '64 hex digits, lower case',
  host: 'host- followed by 12 hex digits, lower case',
};

/** A string schema for one id shape, whose error says what was expected. */
export function idOf(shape: IdShape): z.ZodString {
  return z.string().regex(ID_PATTERNS[shape], { error: `must be ${DESCRIPTION[shape]}` });
}

/** Ids of server, image, snapshot, VPC, subnet, floating IP, task, AZ, storage tag and line type. */
export const Uuid = idOf('uuid');
/** Ids of projects (tenants) and users. */
export const Hex32 = idOf('hex32');
/** Ids of physical hosts. */
export const HostId = idOf('host');

/** Whether `value` has the given id shape. */
export function hasIdShape(shape: IdShape, value: string): boolean {
  return ID_PATTERNS[shape].test(value);
}

/** Human description of an id shape, for error messages. */
export function describeIdShape(shape: IdShape): string {
  return DESCRIPTION[shape];
}
