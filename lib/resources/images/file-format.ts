/*
 * Does a file hold what its image format says? SCP's image create takes two
 * disk formats (seed 4.13.7: 'ISO', 'aCloud'; 4.13.1.4 lists vmware too, but
 * only for images SCP made itself). An ISO is an ISO 9660 (or UDF) disc image;
 * an aCloud image is a "vma" file (seed L8942: "vma格式镜像"). The browser checks
 * before it sends anything, and the BFF checks the spooled upload again, so a
 * text file never becomes an "available" image of 0 MB.
 */

/** The disk formats an image can be created with. */
export type UploadDiskFormat = 'ISO' | 'aCloud';

/** Why a file does not fit its format: too short to be one, or its signature is missing. */
export type ImageFileProblem = { problem: 'tooSmall'; minBytes: number } | { problem: 'signature' };

interface FormatRule {
  /** The smallest file that can be one, in bytes. */
  minBytes: number;
  /** Any of these byte strings at its offset marks the format. */
  signatures: readonly { offset: number; magic: readonly number[] }[];
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** ISO 9660 and UDF sectors are 2048 bytes; both begin their descriptors at sector 16, after the system area. */
const SECTOR = 2048;
const DESCRIPTORS_AT = 16 * SECTOR;

/** Proxmox's Virtual Machine Archive header (vma.h: `struct VmaHeader`) is 12288 bytes, starting with "VMA\0". */
const VMA_HEADER_BYTES = 12288;

const RULES: Record<UploadDiskFormat, FormatRule> = {
  ISO: {
    // System area, the first volume descriptor (ISO 9660's primary one, or UDF's BEA01) and one more
    // (the set terminator, or NSR0x): 18 sectors at the least.
    minBytes: DESCRIPTORS_AT + 2 * SECTOR,
    // Byte 0 of a descriptor is its type, bytes 1–5 its standard identifier: "CD001" (ECMA-119), "BEA01" (ECMA-167, UDF).
    signatures: [{ offset: DESCRIPTORS_AT + 1, magic: ascii('CD001') }, { offset: DESCRIPTORS_AT + 1, magic: ascii('BEA01') }],
  },
  aCloud: {
    minBytes: VMA_HEADER_BYTES,
    signatures: [{ offset: 0, magic: [...ascii('VMA'), 0] }],
  },
};

/** How many leading bytes of a file the check reads. */
export const IMAGE_HEAD_BYTES = Math.max(...Object.values(RULES).flatMap((r) => r.signatures.map((s) => s.offset + s.magic.length)));

/** The smallest file of `format`, in bytes (for messages and tests). */
export function minImageBytes(format: UploadDiskFormat): number {
  return RULES[format].minBytes;
}

/** True for the formats the console knows the signature of. */
export function isUploadDiskFormat(format: unknown): format is UploadDiskFormat {
  return format === 'ISO' || format === 'aCloud';
}

/**
 * The problem of a file of `size` bytes whose first bytes are `head` (at
 * least IMAGE_HEAD_BYTES of them, or the whole file) as an image of `format`;
 * undefined when it fits.
 */
export function imageFileProblem(format: UploadDiskFormat, head: Uint8Array, size: number): ImageFileProblem | undefined {
  const rule = RULES[format];
  if (size < rule.minBytes) return { problem: 'tooSmall', minBytes: rule.minBytes };
  const found = rule.signatures.some(({ offset, magic }) => magic.every((byte, i) => head[offset + i] === byte));
  return found ? undefined : { problem: 'signature' };
}
