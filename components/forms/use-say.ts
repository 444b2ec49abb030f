'use client';

import { useCallback } from 'react';
import type { MessageValues } from '@/lib/i18n';
import { useT } from '@/lib/i18n/client';
import type { Message } from '@/lib/resources/core/types';

/** Says a declared sentence in the UI language, its values that are sentences too. */
export function useSay() {
  const t = useT();
  const say = useCallback(
    (message: Message | string): string => {
      if (typeof message === 'string') return message;
      const values: MessageValues = {};
      for (const [name, value] of Object.entries(message.values ?? {})) values[name] = typeof value === 'object' ? say(value) : value;
      return t(message.key, values);
    },
    [t],
  );
  return say;
}
