/** See frame-ancestors.mjs. */
export function frameAncestorsPolicy(value: string | undefined): string;
