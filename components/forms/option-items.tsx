'use client';

import { useT } from '@/lib/i18n/client';
import type { FilterOption } from '@/lib/resources/core/types';

/** The <option>s of a select's choices: a fixed choice by its label key, one from SCP by its name (else its value). */
export function OptionItems({ options }: { options: readonly FilterOption[] }) {
  const t = useT();
  return options.map((o) => (
    <option key={o.value} value={o.value}>
      {o.labelKey ? t(o.labelKey) : (o.label ?? o.value)}
    </option>
  ));
}
