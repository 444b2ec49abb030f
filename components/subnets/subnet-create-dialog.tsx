'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fieldErrors } from '@/components/forms/form-errors';
import { FormFields } from '@/components/forms/form-fields';
import { SelectField } from '@/components/forms/inputs';
import { ErrorNotice } from '@/components/resource/error-notice';
import { FormDialog } from '@/components/resource/form-dialog';
import { useSessionUser } from '@/components/shell/session-user';
import { useKeyedRequest } from '@/components/resource/use-keyed-request';
import { api } from '@/lib/api';
import { useT } from '@/lib/i18n/client';
import { queryKeys } from '@/lib/query-keys';
import { azsQuery, projectsQuery, subnetsQuery, vpcOptions, vpcsQuery } from '@/lib/resources/core/lookups';
import { checkSubnetCreate, subnetCreateBody, subnetCreateFields } from '@/lib/resources/subnets/create';
import { parseCidr, suggestPlan } from '@/lib/resources/subnets/plan';
import type { FieldError } from '@/lib/resources/core/types';
import { SubnetCreateSchema } from '@/lib/scp';
import type { z } from 'zod';

/** The fields up to the CIDR come before the button that fills in gateway and pools from it. */
const PLAN_AT = subnetCreateFields.findIndex((f) => f.name === 'cidr') + 1;

const EMPTY = { name: '', description: '', cidr: '', gateway_ip: '', enable_dhcp: '1', allocation_pools: '' };

/**
 * Create a subnet in a VPC (POST /api/subnets, synchronous). The plan is
 * checked in the browser with the BFF's request schema and SCP's address
 * rules (CIDR overlap with the VPC's subnets, gateway and pools inside the
 * CIDR) before it is sent; what was typed stays through every error.
 */
export function SubnetCreateDialog({ initialVpcId, onClose }: { initialVpcId?: string; onClose: () => void }) {
  const t = useT();
  const session = useSessionUser();
  const queryClient = useQueryClient();
  const [vpcId, setVpcId] = useState(initialVpcId ?? '');
  const [values, setValues] = useState<Record<string, string>>(EMPTY);
  const [errors, setErrors] = useState<Record<string, FieldError>>({});

  const vpcs = useQuery(vpcsQuery());
  const azs = useQuery(azsQuery);
  const projects = useQuery({ ...projectsQuery, enabled: session.role === 'admin' });
  const tenantName = new Map((projects.data?.items ?? []).map((p) => [p.id, p.name]));
  const active = (vpcs.data?.items ?? []).filter((v) => v.status === 'active');
  const options = vpcOptions(active, azs.data?.items ?? []).map((o, i) => {
    const tenant = tenantName.get(active[i].project_id);
    return { value: o.value, label: tenant ? `${tenant} · ${o.label}` : (o.label ?? o.value) };
  });
  const others = useQuery({ ...subnetsQuery({ vpc_id: vpcId }), enabled: !!vpcId, select: (page) => page.items });

  const request = useKeyedRequest((body: z.output<typeof SubnetCreateSchema>, clientToken: string) => api.post('/api/subnets', { body, clientToken }));
  const submit = async () => {
    const problems = checkSubnetCreate(vpcId, values, others.data ?? []);
    setErrors(problems);
    if (Object.keys(problems).length) return;
    if (!(await request.submit(SubnetCreateSchema.parse(subnetCreateBody(vpcId, values))))) return;
    await Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.subnets.all }), queryClient.invalidateQueries({ queryKey: queryKeys.vpcs.all })]);
    onClose();
  };
  const sentErrors = request.failure ? fieldErrors(request.failure) : {};
  const shownErrors = { ...sentErrors, ...errors };
  const change = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));
  const cidr = parseCidr(values.cidr);

  return (
    <FormDialog
      title={t('subnets.create.title')}
      testId="subnet-create-dialog"
      formId="subnet-create-form"
      sending={request.sending}
      submitLabel={t('subnets.create.submit')}
      onClose={onClose}
      onSubmit={() => void submit()}
      wide
    >
      <SelectField
        label={t('subnets.field.vpc')}
        value={vpcId}
        options={options}
        loading={vpcs.isPending}
        placeholder={t('subnets.create.choose')}
        onChange={setVpcId}
        error={errors.vpc_id ?? sentErrors.vpc_id}
        testId="subnet-create-vpc"
      />
      <FormFields fields={subnetCreateFields.slice(0, PLAN_AT)} values={values} errors={shownErrors} onChange={change} />
      <button
        type="button"
        className="button-secondary h-8"
        disabled={!cidr}
        onClick={() => cidr && setValues((v) => ({ ...v, gateway_ip: suggestPlan(cidr).gateway_ip, allocation_pools: suggestPlan(cidr).pools }))}
      >
        {t('subnets.create.suggest')}
      </button>
      <FormFields fields={subnetCreateFields.slice(PLAN_AT)} values={values} errors={shownErrors} onChange={change} />
      {request.failure !== null && <ErrorNotice title={t('subnets.create.failed')} error={request.failure} />}
    </FormDialog>
  );
}
