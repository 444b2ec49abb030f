/** Query key of the signed-in user. */
export const sessionQueryKey = ['session'] as const;
