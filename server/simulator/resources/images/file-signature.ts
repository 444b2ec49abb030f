import { badRequest } from '../../errors';

/*
 * What SCP would make of an upload's content, as far as the simulator can tell
 * from its first bytes: SCP builds a disc from an ISO and a disk from a vma
 * file, and neither from a text file. The rules are the simulator's own, not
 * the console's (so a slip in one is caught by the other): an ISO 9660 or UDF
 * volume descriptor at sector 16 (2048-byte sectors), a Proxmox VMA header
 * ("VMA\0", 12288 bytes) for aCloud.
 */

const ISO_ID_AT = 16 * 2048 + 1;
const ISO_MIN_BYTES = 18 * 2048;
const VMA_MIN_BYTES = 12288;

/** How many leading bytes the check needs. */
export const SIGNATURE_HEAD_BYTES = ISO_ID_AT + 5;

/** Keeps the first SIGNATURE_HEAD_BYTES of a streamed body. */
export function headCollector() {
  const parts: Buffer[] = [];
  let kept = 0;
  return {
    sink(chunk: Buffer) {
      if (kept >= SIGNATURE_HEAD_BYTES) return;
      const part = chunk.subarray(0, SIGNATURE_HEAD_BYTES - kept);
      parts.push(Buffer.from(part));
      kept += part.length;
    },
    head: () => Buffer.concat(parts),
  };
}

/**
 * Throws SCP's 400 when `bytes` of content starting with `head` cannot be an
 * image of `diskFormat`. The simulator chooses 400 with a message naming the
 * format and what is missing: the seed gives upload's errors only as
 * 400/403/404/500, and a content problem is the caller's.
 */
export function assertImageContent(diskFormat: string, head: Buffer, bytes: number): void {
  if (diskFormat === 'ISO') {
    if (bytes < ISO_MIN_BYTES) throw badRequest(`the uploaded file is ${bytes} bytes; an ISO image (disk_format ISO) is at least ${ISO_MIN_BYTES} bytes`);
    const id = head.toString('latin1', ISO_ID_AT, ISO_ID_AT + 5);
    if (id !== 'CD001' && id !== 'BEA01') throw badRequest('the uploaded file is not an ISO image (disk_format ISO): no ISO 9660 or UDF volume descriptor at sector 16');
  } else if (diskFormat === 'aCloud') {
    if (bytes < VMA_MIN_BYTES) throw badRequest(`the uploaded file is ${bytes} bytes; a vma image (disk_format aCloud) is at least ${VMA_MIN_BYTES} bytes`);
    if (head.toString('latin1', 0, 4) !== 'VMA\0') throw badRequest('the uploaded file is not a vma image (disk_format aCloud): it does not start with VMA\\0');
  }
}
