'use client';

import { CardList } from '@/components/resource/card-list';
import { poolCards } from '@/lib/resources/azs/pools';

/** The resource pools, as lib/resources/azs/pools.ts declares their cards. */
export function PoolsClient() {
  return <CardList view={poolCards} />;
}
