import { badRequest } from '../../errors';
import type { Store } from '../../state/store';
import type { Image } from '../../state/types';
import { imageDisks } from './render';

/**
 * What is under way on each image (an upload, a distribution, an edit), per
 * simulator. Kept beside the records rather than in them: it is the simulator's
 * own bookkeeping, not a field SCP returns.
 */
const activities = new WeakMap<Store, Map<string, string>>();

/** The image id → activity map of one store. */
function activityOf(store: Store): Map<string, string> {
  let map = activities.get(store);
  if (!map) activities.set(store, (map = new Map()));
  return map;
}

/** Refuses to start something while another operation still works on the image. */
export function assertIdle(store: Store, img: Image, doing: string): void {
  const what = activityOf(store).get(img.id);
  if (what) throw badRequest(`image ${img.id} is busy (${what}); wait for it to finish before ${doing}`);
}

/** Marks the image busy until `settleImage` (or `markIdle` when the operation ends without a task). */
export function markBusy(store: Store, img: Image, what: string): void {
  activityOf(store).set(img.id, what);
}

/** Ends a busy mark. */
export function markIdle(store: Store, img: Image): void {
  activityOf(store).delete(img.id);
}

/**
 * Ends the task that was filling the image: `active` with its built-in disks
 * in every AZ, or `error` with the reason in `message` (seed L23270: the
 * message of an image in error).
 */
export function settleImage(store: Store, img: Image, failure?: string): void {
  markIdle(store, img);
  if (failure) {
    img.status = 'error';
    img.message = failure;
    return;
  }
  img.status = 'active';
  img.message = '';
  img.disks = imageDisks(store, img, img.virtual_size_mb);
}
