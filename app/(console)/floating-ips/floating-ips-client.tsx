'use client';

import { useState } from 'react';
import { AllocateDialog } from '@/components/floating-ips/allocate-dialog';
import { ActionButton } from '@/components/resource/action-button';
import { ResourceList } from '@/components/resource/resource-list';
import { useSessionUser } from '@/components/shell/session-user';
import { useT } from '@/lib/i18n/client';
import { floatingIpRoleVerdict } from '@/lib/resources/floating-ips/actions';
import { floatingIpResource } from '@/lib/resources/floating-ips/resource';

/** The floating-IP list with its "allocate" entry point. */
export function FloatingIpsClient() {
  const t = useT();
  const session = useSessionUser();
  const [allocating, setAllocating] = useState(false);
  const [allocated, setAllocated] = useState('');
  // The actions' role rule, not a copy of it.
  const verdict = floatingIpRoleVerdict(session);
  return (
    <>
      {allocated && (
        <p role="status" className="mb-3 rounded-md border border-border px-3 py-2 text-sm" data-testid="allocated">
          {t('floatingIps.allocate.done', { address: allocated })}
        </p>
      )}
      <ResourceList
        resource={floatingIpResource}
        title={t('nav.floatingIps')}
        caption={t('floatingIps.list.caption')}
        toolbar={
          <ActionButton verdict={verdict} className="button-primary h-9" onClick={() => setAllocating(true)} testId="allocate">
            {t('floatingIps.action.allocate')}
          </ActionButton>
        }
      />
      {allocating && (
        <AllocateDialog
          onClose={() => setAllocating(false)}
          onAllocated={(address) => {
            setAllocating(false);
            setAllocated(address);
          }}
        />
      )}
    </>
  );
}
