import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/client';
import { createQueryClient, shouldRetry } from './query-client';
import { queryKeys } from '../query-keys';

describe('shouldRetry', () => {
  it('never retries a 4xx', () => {
    expect(shouldRetry(0, new ApiError(404, 'not_found', 'gone'))).toBe(false);
    expect(shouldRetry(0, new ApiError(429, 'rate_limited', 'slow down'))).toBe(false);
  });

  it('retries other failures twice', () => {
    expect(shouldRetry(0, new ApiError(502, 'scp_unreachable', 'down'))).toBe(true);
    expect(shouldRetry(1, new Error('network'))).toBe(true);
    expect(shouldRetry(2, new Error('network'))).toBe(false);
  });
});

describe('createQueryClient', () => {
  const user = { username: 'acme', role: 'tenant', projectId: 'p', projectName: 'acme' };

  it('marks the session gone when a query is answered "unauthenticated"', async () => {
    const client = createQueryClient();
    client.setQueryData(queryKeys.session, user);
    await client.fetchQuery({ queryKey: ['servers'], queryFn: () => Promise.reject(new ApiError(401, 'unauthenticated', 'Not signed in')) }).catch(() => undefined);
    expect(client.getQueryData(queryKeys.session)).toBeNull();
  });

  it('leaves the session alone for other failures, a wrong password included', async () => {
    const client = createQueryClient();
    client.setQueryData(queryKeys.session, user);
    await client.fetchQuery({ queryKey: ['servers'], queryFn: () => Promise.reject(new ApiError(403, 'forbidden', 'no')) }).catch(() => undefined);
    await client.getMutationCache().build(client, { mutationFn: () => Promise.reject(new ApiError(401, 'invalid_credentials', 'wrong')) }).execute(undefined).catch(() => undefined);
    expect(client.getQueryData(queryKeys.session)).toEqual(user);
  });
});
