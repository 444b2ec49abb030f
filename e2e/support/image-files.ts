/** The smallest ISO the console takes: 16 system sectors, a volume descriptor and its set terminator (2048-byte sectors). */
export const MIN_ISO_BYTES = 18 * 2048;

/** A file of `bytes` (at least MIN_ISO_BYTES) that reads as an ISO 9660 image: "CD001" at byte 32769, as a primary volume descriptor has it. */
export function isoFile(bytes: number): Buffer {
  const file = Buffer.alloc(Math.max(bytes, MIN_ISO_BYTES), 7);
  file.writeUInt8(1, 32768);
  file.write('CD001', 32769, 'latin1');
  return file;
}
