'use client';

import { useRef, useState } from 'react';

/**
 * Sends a change (a create, an edit) from a dialog. Sending the same body again after a
 * failure reuses its X-Client-Token, so SCP creates the thing once; a changed
 * body gets a new token. Resolves with `{answer}` (an answer may be empty:
 * a 204), or undefined after a failure (then `failure` says why).
 */
export function useKeyedRequest<B, R>(send: (body: B, clientToken: string) => Promise<R>) {
  const [failure, setFailure] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const token = useRef<{ body: string; id: string } | null>(null);

  const submit = async (body: B): Promise<{ answer: R } | undefined> => {
    const json = JSON.stringify(body);
    if (token.current?.body !== json) token.current = { body: json, id: crypto.randomUUID() };
    setSending(true);
    setFailure(null);
    try {
      const answer = await send(body, token.current.id);
      token.current = null;
      return { answer };
    } catch (error) {
      setFailure(error);
      return undefined;
    } finally {
      setSending(false);
    }
  };

  return { submit, sending, failure };
}
