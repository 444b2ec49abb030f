import 'server-only';
import { readFileSync } from 'node:fs';
import type { TLSSocket } from 'node:tls';
import { buildConnector } from 'undici';
import type { ScpSettings } from '../config';
import type { ScpLogger } from './log';

/** How SCP's certificate is checked (from SCP_TLS_CA_FILE, SCP_TLS_FINGERPRINT, SCP_TLS_INSECURE). */
export type TlsSettings = ScpSettings['tls'];

/** Error code of a certificate whose fingerprint is not the pinned one. */
export const PIN_MISMATCH = 'SCP_TLS_PIN_MISMATCH';

let insecureWarned = false;

const bare = (fp: string) => fp.replace(/:/g, '').toUpperCase();

/**
 * The undici connector for SCP: system CAs, a CA file, a pinned SHA-256
 * certificate fingerprint, or (only when asked) no verification at all.
 *
 * A pin replaces chain verification: SCP usually presents a self-signed
 * certificate, and Node never calls checkServerIdentity for a certificate that
 * failed chain verification, so the pin is checked on the connected socket.
 * Session resumption is off with a pin so every connection shows its certificate.
 */
export function scpConnector(tls: TlsSettings, connectTimeoutMs: number, logger: ScpLogger): buildConnector.connector {
  const timeout = connectTimeoutMs;
  switch (tls.mode) {
    case 'system':
      return buildConnector({ timeout });
    case 'ca': {
      let ca: Buffer;
      try {
        ca = readFileSync(tls.caFile);
      } catch (err) {
        throw new Error(`SCP_TLS_CA_FILE: cannot read ${tls.caFile} (${(err as NodeJS.ErrnoException).code ?? err})`);
      }
      return buildConnector({ timeout, ca });
    }
    case 'insecure':
      if (!insecureWarned) {
        insecureWarned = true;
        logger.warn('SCP_TLS_INSECURE=1: SCP\'s TLS certificate is NOT verified; anyone on the path can read SCP credentials. Set SCP_TLS_FINGERPRINT or SCP_TLS_CA_FILE instead.');
      }
      return buildConnector({ timeout, rejectUnauthorized: false });
    case 'fingerprint': {
      const pinned = bare(tls.fingerprint256);
      const connect = buildConnector({ timeout, rejectUnauthorized: false, maxCachedSessions: 0 });
      return (opts, callback) =>
        connect(opts, (err, socket) => {
          if (err) return callback(err, null);
          const seen = (socket as TLSSocket).getPeerCertificate?.()?.fingerprint256;
          if (seen && bare(seen) === pinned) return callback(null, socket!);
          socket?.destroy();
          const mismatch = Object.assign(new Error(`SCP's certificate fingerprint ${seen ?? '(none)'} is not the pinned SCP_TLS_FINGERPRINT`), { code: PIN_MISMATCH });
          callback(mismatch, null);
        });
    }
  }
}

/** Node/OpenSSL codes of a refused certificate (as opposed to a network failure). */
export function isTlsRefusal(code: string | undefined): boolean {
  return !!code && (code === PIN_MISMATCH || /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_TLS|ERR_SSL/.test(code));
}
