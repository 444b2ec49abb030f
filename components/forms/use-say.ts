'use client';

import { formatSizeMb } from '@/lib/format';
import { useLocale, useT } from '@/lib/i18n/client';
import type { Saying } from '@/lib/resources/core/types';

/** Words as the UI language says them: a name from SCP as it is, a saying translated with its sizes formatted. */
export function useSay(): (said: Saying | string) => string {
  const t = useT();
  const locale = useLocale();
  return (said) => {
    if (typeof said === 'string') return said;
    const sizes = Object.entries(said.sizesMb ?? {}).map(([name, mb]) => [name, formatSizeMb(mb, locale)]);
    const texts = Object.entries(said.texts ?? {}).map(([name, text]) => [name, text || t('format.empty')]);
    return t(said.key, { ...said.values, ...Object.fromEntries([...sizes, ...texts]) });
  };
}
