import { describe, expect, it } from 'vitest';
import { t, type MessageKey, type MessageValues } from '@/lib/i18n';
import { ApiError } from '@/lib/api';
import type { Figure } from '../core/cards';
import { figureWords } from '../core/figure-words';
import type { Quota } from '@/lib/scp';
import { quotasPage } from './resource';
import { quotaGroups } from './view';

const AZ = '6f1c6f0e-1111-4d5e-9a6b-000000000001';
const PROJECT = 'a'.repeat(32);
const words = (figure: Figure) => figureWords(figure, (key: MessageKey, values?: MessageValues) => t('en', key, values), 'en');

function row(namespace: string, resource: string, limit: number | undefined, used: number): Quota {
  return {
    id: 'f'.repeat(64), provider: 'hci', namespace, resource, project_id: PROJECT, category: 'pool', name: null, unit: null,
    az_quotas: limit === undefined ? [] : [{ az_id: AZ, hard_limit: limit }], separated_quotas: [{ az_id: AZ, in_use: used }],
  };
}

const [group] = quotaGroups([row('compute', 'cores', 64, 16), row('compute', 'ram', 2 * 1024 * 1024, 1024), row('compute', 'vm_count', -1, 3), row('compute', 'nfv_cores', undefined, 0)]);

describe('the quotas page declaration', () => {
  it('keeps an admin\'s tenant choice in ?project_id= when it is a tenant id', () => {
    expect(quotasPage.scope.param).toBe('project_id');
    expect(quotasPage.scope.accepts(PROJECT)).toBe(true);
    expect(quotasPage.scope.accepts('../x')).toBe(false);
  });

  it('declares each quota\'s row: its use of its limit, and a meter unless unlimited or unset', () => {
    const rows = quotasPage.rows(group, {});
    expect(rows.map((r) => [r.key, words(r.label), words(r.usage), r.meter])).toEqual([
      ['compute/cores', 'CPU cores', '16 cores / 64 cores', { ratio: 0.25 }],
      ['compute/ram', 'Memory', `${words({ kind: 'sizeMb', mb: 1024 })} / ${words({ kind: 'sizeMb', mb: 2 * 1024 * 1024 })}`, { ratio: 1024 / (2 * 1024 * 1024) }],
      ['compute/vm_count', 'Servers', '3 / unlimited', { noteKey: 'quotas.unlimited' }],
      ['compute/nfv_cores', 'NFV CPU cores', '0 cores / not set', { noteKey: 'quotas.notSet' }],
    ]);
  });

  it('edits the limits: sizes start in the largest whole unit, unset ones empty, and only changes are sent', () => {
    const form = quotasPage.editForm({ projectId: PROJECT, project: 'acme', az: { kind: 'text', text: 'Pool A' }, group, names: {} });
    expect(words(form.title)).toBe(t('en', 'quotas.edit.title', { project: 'acme', az: 'Pool A' }));
    expect(form.initial).toMatchObject({ 'compute/cores': '64', 'compute/ram': '2', 'compute/ram#unit': 'TB', 'compute/nfv_cores': '' });
    expect(form.body(form.initial)).toBeNull();
    expect(form.body({ ...form.initial, 'compute/cores': '128' })).toEqual({
      project_id: PROJECT, quota_sets: [{ provider: 'hci', namespace: 'compute', resource: 'cores', value: 128, az_id: AZ }],
    });
    const ram = form.fields.find((f) => f.name === 'compute/ram')!;
    expect(words(ram.choice!.label)).toBe('Unit of Memory');
    expect(words(ram.hint({ ...form.initial, 'compute/ram': '1.5' }))).toBe(t('en', 'quotas.edit.hintValue', { used: words({ kind: 'sizeMb', mb: 1024 }), value: words({ kind: 'sizeMb', mb: 1.5 * 1024 * 1024 }) }));
  });

  it('refuses a limit below the use, naming the quota, and puts SCP\'s refusal of one entry under it', () => {
    const form = quotasPage.editForm({ projectId: PROJECT, project: 'acme', az: { kind: 'text', text: 'Pool A' }, group, names: {} });
    expect(form.check({ ...form.initial, 'compute/cores': '8' }, words)).toEqual({
      'compute/cores': { key: 'quotas.edit.belowUsage', values: { quota: 'CPU cores', used: '16 cores' } },
    });
    const body = form.body({ ...form.initial, 'compute/cores': '128' })!;
    expect(form.refused!(body, new ApiError(400, 'invalid', 'quota_sets.0.value: too large'), words)).toEqual({
      name: 'compute/cores', error: { key: 'quotas.edit.scpRefused', values: { quota: 'CPU cores', detail: 'too large' } },
    });
  });
});
