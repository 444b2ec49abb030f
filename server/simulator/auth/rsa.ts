import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';
import { badRequest } from '../errors';

/**
 * The simulator's RSA-2048 key (e = 65537). The modulus is published by the
 * public-key endpoints; ciphertexts arrive as hex. Node's own privateDecrypt
 * refuses PKCS#1 v1.5 since the Marvin fix, so decryption uses node-forge.
 */
export class RsaKey {
  readonly modulusHex: string;
  /** The last 1000 ciphertexts received, in process memory only, for leak-scanning tests. */
  readonly ciphertextsSeen: string[] = [];
  private readonly key: forge.pki.rsa.PrivateKey;

  constructor() {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, publicExponent: 65537 });
    this.key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
    this.modulusHex = this.key.n.toString(16).toUpperCase().padStart(512, '0');
  }

  /**
   * Decrypts a hex ciphertext made with PKCS#1 v1.5 (as the seed prescribes) or
   * RSA-OAEP (SHA-1, as newer SCP builds accept). `what` names the field in errors.
   */
  decryptHex(cipherHex: unknown, what: string): string {
    if (typeof cipherHex !== 'string' || !/^[0-9a-fA-F]+$/.test(cipherHex) || cipherHex.length > 1024) {
      throw badRequest(`${what} must be the RSA-encrypted value as a hex string (at most 1024 characters)`);
    }
    this.ciphertextsSeen.push(cipherHex);
    if (this.ciphertextsSeen.length > 1000) this.ciphertextsSeen.shift();
    const bytes = forge.util.hexToBytes(cipherHex.padStart(512, '0'));
    for (const scheme of ['RSAES-PKCS1-V1_5', 'RSA-OAEP'] as const) {
      try {
        return forge.util.decodeUtf8(this.key.decrypt(bytes, scheme));
      } catch {
        // try the next padding scheme
      }
    }
    throw badRequest(`${what} could not be decrypted; encrypt it with the modulus from GET /janus/public-key`);
  }
}
