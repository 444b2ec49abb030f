import { randomBytes } from 'node:crypto';

/** Token lifetime: 24 hours (seed L309ff: the sample expires a day after issue). */
export const TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

export interface TokenRecord {
  id: string;
  userId: string;
  issuedAt: number;
  expiresAt: number;
}

/** Issued tokens, in memory. */
export class TokenStore {
  private tokens = new Map<string, TokenRecord>();
  /** The last 1000 token ids issued, in process memory only, for leak-scanning tests. */
  readonly idsIssued: string[] = [];

  constructor(private readonly ttlMs = TOKEN_TTL_MS) {}

  issue(userId: string, now: number): TokenRecord {
    const record = { id: randomBytes(16).toString('hex'), userId, issuedAt: now, expiresAt: now + this.ttlMs };
    this.tokens.set(record.id, record);
    this.idsIssued.push(record.id);
    if (this.idsIssued.length > 1000) this.idsIssued.shift();
    return record;
  }

  /** The live token, or why it is not. */
  lookup(id: string, now: number): TokenRecord | 'unknown' | 'expired' {
    const record = this.tokens.get(id);
    if (!record) return 'unknown';
    if (record.expiresAt <= now) {
      this.tokens.delete(id);
      return 'expired';
    }
    return record;
  }

  /** Test and demo hook: make a token expire now. */
  expire(id: string): void {
    const record = this.tokens.get(id);
    if (record) record.expiresAt = 0;
  }
}
