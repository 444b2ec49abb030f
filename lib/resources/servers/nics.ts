import type { z } from 'zod';
import { NicInputSchema, ServerEditSchema, type FloatingIp, type ServerDetail } from '@/lib/scp';
import { ALLOWED, refuse, type FieldError, type Verdict } from '../core/types';

/*
 * Changing a server's NICs (catalog §4.8.5, as the simulator enforces it).
 * Edit takes the full desired NIC list keyed by vif_id: a NIC on the same
 * subnet keeps its port and address; one given another subnet of the VPC gets
 * a new address there; a new vif_id adds a NIC; a NIC left out is removed and
 * its address released. The NIC carrying the server's floating IP may not move
 * or go until the IP is unbound.
 */

type Nic = ServerDetail['networks'][number];
type NicInput = z.input<typeof NicInputSchema>;

/** The highest NIC number SCP's vif_id takes (net0…net99). */
const MAX_NIC = 99;

/** A row of the NICs form: a NIC the server has (`old`), or a new one; `subnetId` '' is "not connected" (only an existing NIC may stay so). */
export interface NicRow {
  vifId: string;
  subnetId: string;
  old?: Nic;
  /** A NIC the server has, to be removed. */
  removed?: boolean;
}

/** The first free vif_id (net0, net1, …), or undefined when all are taken. */
export function nextVifId(used: Iterable<string>): string | undefined {
  const taken = new Set(used);
  for (let i = 0; i <= MAX_NIC; i++) if (!taken.has(`net${i}`)) return `net${i}`;
  return undefined;
}

/** The VPC the server's NICs are in (the first that names one). */
export function serverVpcId(server: Pick<ServerDetail, 'networks'>): string | undefined {
  return server.networks.find((n) => n.vpc_id)?.vpc_id ?? undefined;
}

/** The form's rows for a server: its NICs as they are. */
export function nicRows(server: Pick<ServerDetail, 'networks'>): NicRow[] {
  return server.networks.map((n) => ({ vifId: n.vif_id, subnetId: n.subnet_id ?? '', old: n }));
}

/** A new row for the next free vif_id; undefined when there is none. */
export function newNicRow(rows: readonly NicRow[]): NicRow | undefined {
  const vifId = nextVifId(rows.map((r) => r.vifId));
  return vifId ? { vifId, subnetId: '' } : undefined;
}

/** Where the server's floating IP is bound: its port and address; undefined without one, or until known. */
export type Binding = Pick<NonNullable<FloatingIp['binding_info']>, 'port_id' | 'ip_address'> | undefined;
/** What the verdicts need of a NIC. */
type NicPlace = Pick<Nic, 'vpc_id' | 'port_id' | 'ip_address'>;

/** Whether the server's floating IP is bound to this NIC. */
function carriesFloatingIp(nic: NicPlace, binding: Binding): boolean {
  return !!binding && ((!!binding.port_id && binding.port_id === nic.port_id) || (!!binding.ip_address && binding.ip_address === nic.ip_address));
}

/** Whether a NIC may move to another subnet of `vpcId`: not out of another VPC, not while it carries the floating IP. */
export function nicMoveVerdict(nic: NicPlace, vpcId: string | undefined, binding: Binding): Verdict {
  if (nic.vpc_id && vpcId && nic.vpc_id !== vpcId) return refuse('state', 'servers.reason.nicOtherVpc');
  return nicRemoveVerdict(nic, binding);
}

/** Whether a NIC may be removed: not while it carries the floating IP. */
export function nicRemoveVerdict(nic: NicPlace, binding: Binding): Verdict {
  return carriesFloatingIp(nic, binding) ? refuse('state', 'servers.reason.nicFloatingIp') : ALLOWED;
}

const modelOf = (model: string | null | undefined) => {
  const parsed = NicInputSchema.shape.model.safeParse(model ?? undefined);
  return parsed.success ? parsed.data : undefined;
};

/** What SCP gets for a row: an unchanged NIC as it is; a moved or new one connected to its subnet in the VPC. */
function inputOf(row: NicRow, vpcId: string | undefined): NicInput {
  const old = row.old;
  if (old && row.subnetId === (old.subnet_id ?? '')) {
    return { vif_id: old.vif_id, connect: old.connect === 0 ? 0 : 1, model: modelOf(old.model), vpc_id: old.vpc_id || undefined, subnet_id: old.subnet_id || undefined };
  }
  return { vif_id: row.vifId, connect: 1, model: modelOf(old?.model) ?? 'virtio', vpc_id: vpcId, subnet_id: row.subnetId };
}

/** The outcome of checking the rows: the edit body, or problems by vif_id (`form` when nothing changed). */
export type NicEditCheck =
  | { ok: true; body: z.output<typeof ServerEditSchema> }
  | { ok: false; errors: Record<string, FieldError> };

/** Checks the rows and builds `{networks}` of PUT /servers/{id}, checked with the console API's own schema. */
export function checkNicEdit(rows: readonly NicRow[], vpcId: string | undefined): NicEditCheck {
  const errors: Record<string, FieldError> = {};
  const kept = rows.filter((r) => !(r.old && r.removed));
  // Only a NIC that is not connected now may stay so.
  for (const row of kept) if (!row.subnetId && (!row.old || row.old.subnet_id)) errors[row.vifId] = { key: 'forms.error.required' };
  if (Object.keys(errors).length) return { ok: false, errors };
  if (rows.every((r) => r.old && !r.removed && r.subnetId === (r.old.subnet_id ?? ''))) return { ok: false, errors: { form: { key: 'servers.edit.nothing' } } };
  const networks = kept.map((row) => inputOf(row, vpcId));
  const parsed = ServerEditSchema.safeParse({ networks });
  if (parsed.success) return { ok: true, body: parsed.data };
  for (const issue of parsed.error.issues) {
    const vif = typeof issue.path[1] === 'number' ? networks[issue.path[1]]?.vif_id : undefined;
    errors[vif ?? 'form'] ??= { key: 'forms.error.invalid', values: { detail: issue.message } };
  }
  return { ok: false, errors };
}
