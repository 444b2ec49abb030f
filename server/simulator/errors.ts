/**
 * The simulator's one error type. Every failure a handler raises becomes an SCP
 * envelope `{code, message, data:{}}` with the HTTP status as `code` (the seed
 * defines no numeric error table; catalog §1.2).
 */
export class ScpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new ScpError(400, message);
export const unauthorized = (message: string) => new ScpError(401, message);
export const forbidden = (message: string) => new ScpError(403, message);
export const conflict = (message: string) => new ScpError(409, message);
export const tooManyRequests = (message: string) => new ScpError(429, message);

/** 404 naming the kind of thing and the id that was asked for. */
export const notFound = (kind: string, id: string) => new ScpError(404, `${kind} ${id} does not exist or is not visible to you`);
