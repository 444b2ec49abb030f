'use client';

import { useQuery } from '@tanstack/react-query';
import { lineTypesQuery } from '@/lib/resources/floating-ips/lookups';
import { isPerLineType, type QuotaRefNames } from '@/lib/resources/quotas/label';
import type { QuotaItem } from '@/lib/resources/quotas/view';

/**
 * The names quota labels need: the line types' when floating-IP quotas are
 * among `items` (one cached read), and `storageTags` for storage tags the
 * rows do not name (quotas not set yet).
 */
export function useQuotaNames(items: readonly QuotaItem[], storageTags?: ReadonlyMap<string, string>): QuotaRefNames {
  const lineTypes = useQuery({
    ...lineTypesQuery(),
    enabled: items.some(isPerLineType),
    select: (answer) => new Map(answer.linetypes.map((lt) => [lt.id, lt.name])),
  });
  return { storageTags, lineTypes: lineTypes.data };
}
