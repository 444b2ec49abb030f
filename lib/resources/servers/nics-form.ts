import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';
import { MAX_PAGE_SIZE, type ServerDetail } from '@/lib/scp';
import { editVerdict, sendServerEdit } from './edit-request';
import { checkNicEdit, newNicRow, nicMoveVerdict, nicRows, serverVpcId, type Binding, type NicRow } from './nics';
import { vpcsQuery } from '../core/lookups';
import { OLD, REMOVED, isRemoved, readRows, rowErrorName, writeRows } from '../core/rows';
import { ALLOWED, refuse, type Action, type FieldError, type FormField, type Row, type RowsSpec } from '../core/types';

/*
 * The server's NICs as a declared form: a rows field `nics`, one row a NIC
 * (its vif_id and the subnet picked), checked and sent by nics.ts, under the
 * VPC they are in (`vpc`: the server's own, or the one picked for a server
 * without one). A row the server has carries its subnet, address and port;
 * where the floating IP is bound (`fipPort`, `fipIp`) is read when the form opens.
 */

const FIELD = 'nics';
const SUBNET = 'subnet';

/** The form's rows for a server: its NICs as they are. */
export function nicFormRows(server: Pick<ServerDetail, 'networks'>): Row[] {
  return nicRows(server).map(({ vifId, subnetId, old }) => ({
    vif: vifId, [SUBNET]: subnetId, [OLD]: '1', [REMOVED]: '',
    oldSubnet: old!.subnet_id ?? '', subnetName: old!.subnet_name || old!.subnet_id || '', ip: old!.ip_address ?? '', port: old!.port_id ?? '', vpc: old!.vpc_id ?? '',
  }));
}

/** The rows of nics.ts for the form's rows: a row the server has gets its NIC back. */
export function nicRowsOf(rows: readonly Row[], server: Pick<ServerDetail, 'networks'>): NicRow[] {
  return rows.map((row) => {
    const old = row[OLD] === '1' ? server.networks.find((n) => n.vif_id === row.vif) : undefined;
    return { vifId: row.vif, subnetId: row[SUBNET] ?? '', ...(old && { old }), ...(old && isRemoved(row) && { removed: true }) };
  });
}

const bindingOf = (values: Record<string, string>): Binding => (values.fipPort || values.fipIp ? { port_id: values.fipPort || undefined, ip_address: values.fipIp || undefined } : undefined);
const ipOf = (row: Row) => row.ip || { key: 'format.empty' as const };
const current = (row: Row) => (row[OLD] === '1' ? { key: 'servers.nics.current' as const, values: { ip: ipOf(row) } } : { key: 'servers.nics.new' as const });

/** The subnets of the VPC a server may use (SCP's hidden wan and NFV management subnets are not for servers). */
const subnetChoices: FormField['choices'] = (values) => {
  if (!values.vpc) return null;
  const query = { vpc_id: values.vpc, pageSize: MAX_PAGE_SIZE };
  const key = queryKeys.subnets.list(query);
  return {
    key,
    fetch: async ({ read }) => (await read({ queryKey: key, queryFn: ({ signal }) => api.get('/api/subnets', { query, signal }) })).items
      .filter((s) => s.is_visible !== 0).map((s) => ({ value: s.id, label: `${s.name} (${s.cidr})` })),
  };
};

const nics: RowsSpec = {
  key: 'vif',
  testIds: { row: 'nic-row', attribute: 'nic', add: 'nic-add', remove: 'nic-remove', keep: 'nic-keep', error: 'nics-refused', fixed: 'nic-refused' },
  fields: [{
    name: SUBNET, kind: 'select', choices: subnetChoices,
    label: (row) => ({ key: 'servers.nics.subnetOf', values: { vif: row.vif } }),
    hint: current,
    placeholder: (row) => (row[OLD] === '1' && !row.oldSubnet ? 'servers.nics.notConnected' : 'servers.nics.pickSubnet'),
  }],
  add: {
    labelKey: 'servers.nics.add',
    allowed: (rows, values) => (!values.vpc ? refuse('state', 'servers.reason.nicNoVpc') : newNicRow(rows.map((r) => ({ vifId: r.vif, subnetId: '' }))) ? ALLOWED : refuse('state', 'servers.reason.nicSlots')),
    row: (rows) => ({ vif: newNicRow(rows.map((r) => ({ vifId: r.vif, subnetId: '' })))?.vifId ?? '', [SUBNET]: '' }),
  },
  remove: { labelKey: 'servers.nics.remove' },
  removed: { lines: (row) => [{ message: { key: 'servers.nics.removing', values: { vif: row.vif, ip: ipOf(row) } } }], keepKey: 'servers.nics.undo' },
  // A NIC of another VPC, or carrying the floating IP, stays as it is.
  fixed: (row, values) => {
    if (row[OLD] !== '1') return undefined;
    const verdict = nicMoveVerdict({ vpc_id: row.vpc, port_id: row.port, ip_address: row.ip }, values.vpc || undefined, bindingOf(values));
    return verdict.ok ? undefined : { text: [row.subnetName || { key: 'servers.nics.notConnected' }, current(row)], reason: { key: verdict.reason, values: verdict.values } };
  },
  emptyKey: 'servers.nics.none',
  intro: (values) => (values.ownVpc === '1' ? { key: 'servers.nics.vpc', values: { vpc: values.vpcName }, testId: 'nics-vpc' } : null),
  reset: (row) => ({ ...row, [SUBNET]: row.oldSubnet ?? '' }),
};

/** The VPC to pick for a server without one; picking another puts each NIC back on its own subnet. */
const vpc: FormField = {
  name: 'vpc', labelKey: 'servers.column.vpc', kind: 'select', placeholderKey: 'servers.nics.pickVpc', hintKey: 'servers.nics.noVpc', clears: [FIELD],
  when: (values) => values.ownVpc !== '1',
  choices: (values) => {
    const query = vpcsQuery({ az_id: values.az_id || undefined, project_id: values.project_id });
    return { key: query.queryKey, fetch: async ({ read }) => (await read(query)).items.map((v) => ({ value: v.id, label: `${v.name} (${v.id.slice(0, 8)})` })) };
  },
};

/** The form's check: the NIC edit's problems, each under its row's subnet (the table's own when nothing changed). */
function check(values: Record<string, string>, server: ServerDetail) {
  const edit = checkNicEdit(nicRowsOf(readRows(values[FIELD]), server), values.vpc || undefined);
  const errors: Record<string, FieldError> = {};
  if (!edit.ok) for (const [vif, error] of Object.entries(edit.errors)) errors[vif === 'form' ? FIELD : rowErrorName(FIELD, vif, SUBNET)] = error;
  return { edit, errors };
}

/** The form's first values for a server. */
function initial(server: ServerDetail): Record<string, string> {
  const own = serverVpcId(server);
  return {
    [FIELD]: writeRows(nicFormRows(server)), vpc: own ?? '', ownVpc: own ? '1' : '', vpcName: own ? server.networks.find((n) => n.vpc_id === own)?.vpc_name || own : '',
    az_id: server.az_id ?? '', project_id: server.project_id, fipPort: '', fipIp: '',
  };
}

/** Where the server's floating IP is bound, when it has one; none when it cannot be read (SCP refuses a move of its NIC anyway). */
async function floatingIpBinding(server: ServerDetail, signal: AbortSignal): Promise<Binding> {
  const fip = server.floatingip;
  if (!fip?.floatingip_id || !fip.floating_ip_address) return undefined;
  const query = { floating_ip: fip.floating_ip_address, pageSize: MAX_PAGE_SIZE };
  const page = await api.get('/api/floatingips', { query, signal }).catch(() => undefined);
  return page?.items.find((f) => f.id === fip.floatingip_id)?.binding_info ?? undefined;
}

/**
 * Change a server's NICs within its VPC: move a NIC to another subnet (it gets
 * an address there), add one, or remove one (its address is released). A
 * server without a VPC picks one first. The NIC carrying the floating IP stays
 * put, saying why. SCP gets the full list.
 */
export const editServerNics: Action<ServerDetail> = {
  id: 'nics',
  labelKey: 'servers.action.editNics',
  allowed: editVerdict,
  form: {
    titleKey: 'servers.nics.title',
    titleValues: (server) => ({ name: server.name }),
    testId: 'server-nics-dialog',
    submitKey: 'servers.edit.submit',
    failedKey: 'servers.edit.failed',
    wide: true,
    fields: [vpc, { name: FIELD, labelKey: 'servers.nics.title', kind: 'rows', rows: nics }],
    initial,
    load: async (server, signal) => {
      const binding = await floatingIpBinding(server, signal);
      return { ...initial(server), fipPort: binding?.port_id ?? '', fipIp: binding?.ip_address ?? '' };
    },
    check: (values, server) => check(values, server).errors,
  },
  run: (server, ctx) => sendServerEdit(server, check(ctx.values ?? {}, server).edit, ctx.clientToken),
};
