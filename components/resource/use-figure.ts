'use client';

import { useLocale, useT } from '@/lib/i18n/client';
import type { Figure } from '@/lib/resources/core/cards';
import { figureWords } from '@/lib/resources/core/figure-words';

/** A declared figure in words for the UI language (see lib/resources/core/cards). */
export function useFigure() {
  const t = useT();
  const locale = useLocale();
  return (figure: Figure) => figureWords(figure, t, locale);
}
