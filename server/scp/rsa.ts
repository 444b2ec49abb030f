import 'server-only';
import forge from 'node-forge';

/** RSA padding for passwords sent to SCP: PKCS#1 v1.5 as documented, or RSA-OAEP (SHA-1) for newer builds. */
export type RsaPadding = 'pkcs1' | 'oaep';

/**
 * Encrypts a password with SCP's public-key modulus (hex, e = 65537) and returns
 * the ciphertext as lowercase hex, as POST /janus/authenticate and the password
 * fields of tenants and servers expect. node-forge is used because Node's crypto
 * cannot build a key from a bare modulus without DER plumbing.
 */
export function encryptPassword(plain: string, modulusHex: string, padding: RsaPadding = 'pkcs1'): string {
  const hex = modulusHex.trim();
  if (!/^[0-9a-fA-F]+$/.test(hex)) throw new Error('the SCP public key is not a hex modulus');
  const key = forge.pki.setRsaPublicKey(new forge.jsbn.BigInteger(hex, 16), new forge.jsbn.BigInteger('10001', 16));
  const scheme = padding === 'oaep' ? 'RSA-OAEP' : 'RSAES-PKCS1-V1_5';
  return forge.util.bytesToHex(key.encrypt(forge.util.encodeUtf8(plain), scheme));
}
