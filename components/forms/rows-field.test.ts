import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/lib/i18n/client';
import { writeRows } from '@/lib/resources/core/rows';
import type { FieldError, FormField } from '@/lib/resources/core/types';
import { RowsField } from './rows-field';

vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined }) }));

const table: FormField = {
  name: 'disks', labelKey: 'servers.disks.title', kind: 'rows',
  rows: {
    key: 'id',
    testIds: { row: 'disk-row', attribute: 'disk', add: 'disk-add', remove: 'disk-remove', keep: 'disk-keep', error: 'disks-refused', fixed: 'disk-fixed' },
    fields: [{
      name: 'size', kind: 'number', unitKey: 'forms.unit.gb', label: (row) => ({ key: 'servers.disks.size', values: { id: row.id } }),
      hint: () => ({ key: 'servers.disks.new', values: { storage: { key: 'format.empty' } } }),
      editable: (row) => (row.id === 'ide3' ? { ok: false, why: 'state', reason: 'servers.reason.diskShared' } : { ok: true }),
    }],
    add: { labelKey: 'servers.disks.add', allowed: () => ({ ok: false, why: 'state', reason: 'servers.reason.diskSlots' }), row: () => ({ id: 'x' }) },
    remove: { labelKey: 'servers.disks.remove', allowed: (row) => (row.id === 'ide0' ? { ok: false, why: 'state', reason: 'servers.reason.diskSystem' } : { ok: true }) },
    removed: { lines: (row) => [{ message: { key: 'servers.disks.removing', values: { id: row.id } }, struck: true }], keepKey: 'servers.disks.undo', option: { name: 'hardDelete', labelKey: 'servers.disks.hardDelete', testId: 'disk-hard-delete' } },
    fixed: (row) => (row.id === 'ide4' ? { text: ['local', { key: 'servers.disks.new', values: { storage: 'fast' } }], reason: { key: 'servers.reason.diskShared' } } : undefined),
  },
};

function render(rows: Record<string, string>[], errors: Record<string, FieldError> = {}): string {
  const field = createElement(RowsField, { field: table, values: { disks: writeRows(rows) }, errors, onChange: () => undefined });
  const wrap = (children: ReactNode) => createElement(I18nProvider, { initialLocale: 'en', children: createElement(QueryClientProvider, { client: new QueryClient() }, children) });
  return renderToStaticMarkup(wrap(field));
}

describe('a rows field', () => {
  it('shows each row with its inputs, errors and remove button, refused ones saying why', () => {
    const html = render([{ id: 'ide0', size: '40', old: '1' }, { id: 'ide3', size: '5', old: '1' }], { 'disks.ide0.size': { key: 'forms.error.required' }, disks: { key: 'servers.edit.nothing' } });
    expect(html).toMatch(/<li class="flex items-end gap-2" data-testid="disk-row" data-disk="ide0">/);
    expect(html).toContain('Size of ide0');
    expect(html).toContain('value="40"');
    expect(html).toMatch(/aria-invalid="true" aria-describedby="[^"]+-ide0-size-error" value="40"/);
    expect(html).toMatch(/data-testid="field-error">Required</);
    expect(html).toMatch(/aria-disabled="true" title="[^"]+" aria-description="[^"]+" data-testid="disk-remove"/);
    // The shared disk's size may not change: read-only, the reason instead of the hint.
    expect(html).toMatch(/readOnly="" aria-disabled="true" title="[^"]+" value="5"/);
    expect(html).toMatch(/role="alert" class="text-sm text-danger" data-testid="disks-refused"/);
    expect(html).toMatch(/aria-disabled="true" title="[^"]+" aria-description="[^"]+" data-testid="disk-add"/);
  });

  it('shows a removed row struck through, with its choice and the way back, and a fixed row as text', () => {
    const html = render([{ id: 'ide1', size: '20', old: '1', removed: '1', hardDelete: '1' }, { id: 'ide4', size: '9', old: '1' }]);
    expect(html).toMatch(/<li class="space-y-1 text-sm" data-testid="disk-row" data-disk="ide1" data-removing="1"><p class="font-medium line-through decoration-1">/);
    expect(html).toMatch(/data-testid="disk-hard-delete" checked=""/);
    expect(html).toContain('data-testid="disk-keep"');
    expect(html).toMatch(/<li class="text-sm" data-testid="disk-row" data-disk="ide4"><p class="font-medium">[^<]+<\/p><p>local · [^<]+fast[^<]*<\/p><p class="text-xs text-muted" data-testid="disk-fixed">/);
    expect(html).not.toContain('disk-remove');
  });
});
