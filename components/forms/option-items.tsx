'use client';

import { useT } from '@/lib/i18n/client';
import type { FilterOption } from '@/lib/resources/core/types';
import { useSay } from './use-say';

/** The <option>s of a select's choices: a fixed choice by its label key, one from SCP by its name (else its value), and its note in parentheses. */
export function OptionItems({ options }: { options: readonly FilterOption[] }) {
  const t = useT();
  const say = useSay();
  return options.map((o) => {
    const label = o.labelKey ? t(o.labelKey) : (o.label ?? o.value);
    return (
      <option key={o.value} value={o.value}>
        {o.note ? `${label} (${say(o.note)})` : label}
      </option>
    );
  });
}
