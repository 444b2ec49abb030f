'use client';

import { useCallback } from 'react';
import { formatSizeMb } from '@/lib/format';
import type { MessageValues } from '@/lib/i18n';
import { useLocale, useT } from '@/lib/i18n/client';
import type { Message } from '@/lib/resources/core/types';

/** Says a declared sentence in the UI language: its values that are sentences too, its sizes formatted; a name from SCP as it is. */
export function useSay() {
  const t = useT();
  const locale = useLocale();
  const say = useCallback(
    (message: Message | string): string => {
      if (typeof message === 'string') return message;
      const values: MessageValues = {};
      for (const [name, value] of Object.entries(message.values ?? {})) values[name] = typeof value === 'object' ? say(value) : value;
      for (const [name, mb] of Object.entries(message.sizesMb ?? {})) values[name] = formatSizeMb(mb, locale);
      return t(message.key, values);
    },
    [t, locale],
  );
  return say;
}
