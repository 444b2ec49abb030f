import 'server-only';
import { encryptPassword, type RsaPadding } from '../scp';

/**
 * Replaces the plain-text passwords at `paths` (dotted, e.g.
 * `project.project_admin.password`) with SCP's RSA-encrypted hex (catalog §2.2).
 * The browser never sees SCP's key or ciphertext; the plain text lives only in
 * this request. Returns a copy; absent fields are left out.
 */
export async function encryptPasswords(body: unknown, paths: readonly string[], modulus: () => Promise<string>, padding: RsaPadding): Promise<unknown> {
  const present = paths.filter((p) => typeof read(body, p) === 'string');
  if (present.length === 0) return body;
  const key = await modulus();
  let out = body;
  for (const path of present) out = write(out, path.split('.'), encryptPassword(read(body, path) as string, key, padding));
  return out;
}

function read(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), value);
}

function write(value: unknown, keys: string[], leaf: string): unknown {
  const [key, ...rest] = keys;
  const obj = (value ?? {}) as Record<string, unknown>;
  return { ...obj, [key]: rest.length ? write(obj[key], rest, leaf) : leaf };
}
