'use client';

import { useCallback } from 'react';
import { useT } from '@/lib/i18n/client';
import type { FilterOption } from '@/lib/resources/core/types';
import { useSay } from './use-say';

/** How a choice reads: a fixed choice by its label key, one from SCP by its name (else its value). */
export function useOptionLabel(): (option: FilterOption) => string {
  const t = useT();
  return useCallback((o) => (o.labelKey ? t(o.labelKey) : (o.label ?? o.value)), [t]);
}

/** The <option>s of a select's choices, each read as useOptionLabel says, with its note in parentheses. */
export function OptionItems({ options }: { options: readonly FilterOption[] }) {
  const label = useOptionLabel();
  const say = useSay();
  return options.map((o) => (
    <option key={o.value} value={o.value}>
      {o.note ? `${label(o)} (${say(o.note)})` : label(o)}
    </option>
  ));
}
