/** See request-guard.mjs. */
export const NEXT_METHODS: readonly string[];
/** See request-guard.mjs. */
export const METHOD_HEADER: string;
/** See request-guard.mjs. */
export const PAGE_ALLOW: string;

/** What the edge answers itself. */
export interface EdgeAnswer {
  status: number;
  allow?: string;
  error?: { code: string; message: string };
}

/** See request-guard.mjs. */
export function checkRequest(method: string, target: string): { answer: EdgeAnswer } | { forward: { method?: string } };
