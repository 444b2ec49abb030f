'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { SelectField, type Option } from '@/components/forms/inputs';
import { ActionButton } from '@/components/resource/action-button';
import { FormDialog } from '@/components/resource/form-dialog';
import { ErrorNotice } from '@/components/resource/error-notice';
import { api } from '@/lib/api';
import { useT } from '@/lib/i18n/client';
import { queryKeys } from '@/lib/query-keys';
import { vpcsQuery } from '@/lib/resources/core/lookups';
import { checkNicEdit, newNicRow, nicMoveVerdict, nicRemoveVerdict, nicRows, serverVpcId, type NicRow } from '@/lib/resources/servers/nics';
import { ALLOWED, refuse, type FieldError } from '@/lib/resources/core/types';
import { MAX_PAGE_SIZE, type ServerDetail } from '@/lib/scp';
import { useServerEdit } from './use-server-edit';

/** The subnets of a VPC a server may use (SCP's hidden wan and NFV management subnets are not for servers). */
function useSubnets(vpcId: string) {
  const query = { vpc_id: vpcId, pageSize: MAX_PAGE_SIZE };
  return useQuery({
    queryKey: queryKeys.subnets.list(query),
    queryFn: ({ signal }) => api.get('/api/subnets', { query, signal }),
    enabled: !!vpcId,
    select: (page) => page.items.filter((s) => s.is_visible !== 0).map((s): Option => ({ value: s.id, label: s.name, note: s.cidr })),
  });
}

/** Where the server's floating IP is bound (its NIC may not move); undefined without one, or until known. */
function useFloatingIpBinding(server: ServerDetail) {
  const fip = server.floatingip;
  const query = { floating_ip: fip?.floating_ip_address ?? '', pageSize: MAX_PAGE_SIZE };
  return useQuery({
    queryKey: queryKeys.floatingIps.list(query),
    queryFn: ({ signal }) => api.get('/api/floatingips', { query, signal }),
    enabled: !!fip?.floatingip_id && !!fip.floating_ip_address,
    select: (page) => page.items.find((f) => f.id === fip?.floatingip_id)?.binding_info ?? undefined,
  }).data;
}

/**
 * Change a server's NICs within its VPC: move a NIC to another subnet (it gets
 * an address there), add one, or remove one (its address is released). A server without a VPC picks one first. The
 * NIC carrying the floating IP stays put, saying why. SCP gets the full list.
 */
export function ServerNicsDialog({ server, onClose }: { server: ServerDetail; onClose: () => void }) {
  const t = useT();
  const label = t('servers.action.editNics');
  const { send, sending, failure } = useServerEdit(server, label);
  const ownVpc = serverVpcId(server);
  const [vpcId, setVpcId] = useState(ownVpc ?? '');
  const [rows, setRows] = useState(() => nicRows(server));
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const vpcs = useQuery({ ...vpcsQuery({ az_id: server.az_id ?? undefined, project_id: server.project_id }), enabled: !ownVpc });
  const subnets = useSubnets(vpcId);
  const binding = useFloatingIpBinding(server);

  const change = (vifId: string, subnetId: string) => setRows((all) => all.map((r) => (r.vifId === vifId ? { ...r, subnetId } : r)));
  const canAdd = !vpcId ? refuse('state', 'servers.reason.nicNoVpc') : newNicRow(rows) ? ALLOWED : refuse('state', 'servers.reason.nicSlots');
  const submit = async () => {
    const check = checkNicEdit(rows, vpcId || undefined);
    setErrors(check.ok ? {} : check.errors);
    if (check.ok && (await send(check.body))) onClose();
  };

  const rowView = (row: NicRow) => {
    if (row.old && row.removed) {
      return (
        <li key={row.vifId} className="space-y-1 text-sm" data-testid="nic-row" data-nic={row.vifId} data-removing="1">
          <p>{t('servers.nics.removing', { vif: row.vifId, ip: row.old.ip_address || t('format.empty') })}</p>
          <button type="button" className="button-secondary h-8" onClick={() => setRows((all) => all.map((r) => (r === row ? { ...r, removed: false } : r)))} data-testid="nic-keep">
            {t('servers.nics.undo')}
          </button>
        </li>
      );
    }
    const verdict = row.old ? nicMoveVerdict(row.old, vpcId || undefined, binding) : ALLOWED;
    const current = row.old ? t('servers.nics.current', { ip: row.old.ip_address || t('format.empty') }) : t('servers.nics.new');
    if (!verdict.ok) {
      return (
        <li key={row.vifId} className="text-sm" data-testid="nic-row" data-nic={row.vifId}>
          <p className="font-medium">{t('servers.nics.subnetOf', { vif: row.vifId })}</p>
          <p>{row.old?.subnet_name || row.old?.subnet_id || t('servers.nics.notConnected')} · {current}</p>
          <p className="text-xs text-muted" data-testid="nic-refused">{t(verdict.reason, verdict.values)}</p>
        </li>
      );
    }
    return (
      <li key={row.vifId} className="flex items-end gap-2" data-testid="nic-row" data-nic={row.vifId}>
        <SelectField
          label={t('servers.nics.subnetOf', { vif: row.vifId })}
          value={row.subnetId}
          options={subnets.data ?? []}
          loading={!!vpcId && subnets.isPending}
          placeholder={row.old && !row.old.subnet_id ? t('servers.nics.notConnected') : t('servers.nics.pickSubnet')}
          hint={current}
          error={errors[row.vifId]}
          onChange={(v) => change(row.vifId, v)}
        />
        <ActionButton
          verdict={row.old ? nicRemoveVerdict(row.old, binding) : ALLOWED}
          className="button-secondary mb-5 h-9"
          testId="nic-remove"
          // A new row just goes; a NIC the server has is marked, and can be kept again until the form is sent.
          onClick={() => setRows((all) => (row.old ? all.map((r) => (r === row ? { ...r, removed: true } : r)) : all.filter((r) => r !== row)))}
        >
          {t('servers.nics.remove')}
        </ActionButton>
      </li>
    );
  };

  return (
    <FormDialog
      title={t('servers.nics.title', { name: server.name })}
      testId="server-nics-dialog"
      formId="server-nics-form"
      sending={sending}
      submitLabel={t('servers.edit.submit')}
      onClose={onClose}
      onSubmit={() => void submit()}
      wide
    >
      {ownVpc ? (
        <p className="text-sm" data-testid="nics-vpc">{t('servers.nics.vpc', { vpc: server.networks.find((n) => n.vpc_id === ownVpc)?.vpc_name || ownVpc })}</p>
      ) : (
        <SelectField
          label={t('servers.column.vpc')}
          value={vpcId}
          options={(vpcs.data?.items ?? []).map((v) => ({ value: v.id, label: v.name, note: v.id.slice(0, 8) }))}
          loading={vpcs.isPending}
          placeholder={t('servers.nics.pickVpc')}
          hint={t('servers.nics.noVpc')}
          onChange={(v) => {
            setVpcId(v);
            setRows((all) => all.map((r) => ({ ...r, subnetId: r.old?.subnet_id ?? '' })));
          }}
        />
      )}
      {rows.length === 0 && <p className="text-sm text-muted">{t('servers.nics.none')}</p>}
      <ul className="space-y-3">{rows.map(rowView)}</ul>
      <ActionButton verdict={canAdd} onClick={() => setRows((all) => [...all, ...[newNicRow(all)].filter((r): r is NicRow => !!r)])} testId="nic-add">
        {t('servers.nics.add')}
      </ActionButton>
      {errors.form && <p role="alert" className="text-sm text-danger" data-testid="nics-refused">{t(errors.form.key, errors.form.values)}</p>}
      {failure !== null && <ErrorNotice title={t('servers.edit.failed')} error={failure} />}
    </FormDialog>
  );
}
