import 'server-only';

/**
 * A pure function from SCP's `data` as received to the shape the operation's
 * zod schema expects. Operations declare one to absorb documented field drift
 * (catalog §9.6) here, at the boundary, and nowhere else. Normalisers never
 * mutate their input: cached answers are shared between callers.
 */
export type Normaliser = (data: unknown) => unknown;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Gives each canonical field its value from the first alias present, when the
 * canonical name itself is absent: `renameFields({ qos_uplink: ['qos_uplink_kbps'] })`.
 * Aliases are dropped so the schema sees one name.
 */
export function renameFields(aliases: Record<string, readonly string[]>): Normaliser {
  return (data) => {
    if (!isRecord(data)) return data;
    const out = { ...data };
    for (const [canonical, names] of Object.entries(aliases)) {
      for (const name of names) {
        if (!(name in out)) continue;
        if (out[canonical] === undefined) out[canonical] = out[name];
        delete out[name];
      }
    }
    return out;
  };
}

/** Applies `inner` to the object under `key`, if there is one. */
export function atKey(key: string, inner: Normaliser): Normaliser {
  return (data) => (isRecord(data) && key in data ? { ...data, [key]: inner(data[key]) } : data);
}

/** Applies `inner` to each element of an array, or of an SCP list page's `data`. */
export function eachItem(inner: Normaliser): Normaliser {
  return (data) => {
    if (Array.isArray(data)) return data.map(inner);
    if (isRecord(data) && Array.isArray(data.data)) return { ...data, data: data.data.map(inner) };
    return data;
  };
}

/** Runs normalisers left to right. */
export function compose(...steps: Normaliser[]): Normaliser {
  return (data) => steps.reduce((value, step) => step(value), data);
}

/** `created_at`/`updated_at` against `create_at`/`update_at` (subnets, pool subnets, snapshots). */
export const timestampDrift = renameFields({ created_at: ['create_at'], updated_at: ['update_at'] });

/** Floating-IP bandwidth: `qos_uplink_kbps`/`qos_downlink_kbps` (list) → `qos_uplink`/`qos_downlink`. */
const bandwidthDrift = renameFields({ qos_uplink: ['qos_uplink_kbps'], qos_downlink: ['qos_downlink_kbps'] });

/**
 * The documented drift of SCP objects, by resource. Canonical names are those of
 * the detail answers unless the catalog says otherwise.
 */
export const drift = {
  /**
   * Floating IP: bandwidth `qos_uplink_kbps`/`qos_downlink_kbps` → `qos_uplink`/`qos_downlink`,
   * at the top and inside `bandwidth` (list items); the create and edit answers'
   * `port_id` → `floating_port_id` (`binding_info.port_id` is another port and
   * stays); old SCP's `floating_ip_pool_id` → `floatingip_pool_id`.
   */
  floatingIp: compose(
    bandwidthDrift,
    atKey('bandwidth', bandwidthDrift),
    renameFields({ floatingip_pool_id: ['floating_ip_pool_id'], floating_port_id: ['port_id'] }),
    timestampDrift,
  ),
  /** Image: the table's `is_vmttools_installed` [sic] → `is_vmtools_installed`. */
  image: renameFields({ is_vmtools_installed: ['is_vmttools_installed'] }),
  /** Server: `vmtype` (list) → `vm_type`; `floatingip.floatingip_ip` (detail) → `floatingip.floating_ip_address`. */
  server: compose(
    renameFields({ vm_type: ['vmtype'], is_vmtools_installed: ['is_vmttools_installed'] }),
    atKey('floatingip', renameFields({ floating_ip_address: ['floatingip_ip'] })),
    timestampDrift,
  ),
  /** Subnet: `netdomain_id` (create sample, edit answer) → `vpc_id`. */
  subnet: compose(renameFields({ vpc_id: ['netdomain_id'] }), timestampDrift),
  /** Snapshot list sample: `create_at`. */
  snapshot: timestampDrift,
} satisfies Record<string, Normaliser>;
