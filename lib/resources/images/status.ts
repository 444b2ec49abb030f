import { isMessageKey, type MessageKey } from '@/lib/i18n';
import type { Image } from '@/lib/scp';
import type { StatusModel, StatusTone } from '../core/types';

/*
 * Image statuses (catalog §4.9: active, deactivated, saving, error): their
 * labels, colours, and which one means a task is still filling the image.
 */

/** Every status SCP documents for an image. */
export const IMAGE_STATUSES = ['active', 'deactivated', 'saving', 'error'] as const;

/**
 * `saving`: a new record waiting for its file, an upload, or the distribution
 * to the image's AZs. Lists refresh fast while one is shown.
 */
export const IMAGE_TRANSITIONAL: ReadonlySet<string> = new Set(['saving']);

const TONES: Record<string, StatusTone> = { active: 'ok', deactivated: 'off', saving: 'busy', error: 'bad' };

/** The label key of an image status; undefined for one SCP added after the catalog (shown verbatim). */
export function imageStatusKey(status: string): MessageKey | undefined {
  const key = `images.status.${status}`;
  return isMessageKey(key) ? key : undefined;
}

/** The badge colour of an image status. */
export function imageStatusTone(status: string): StatusTone {
  return TONES[status] ?? 'off';
}

/** The status model of images for the generic views. */
export const imageStatus: StatusModel<Pick<Image, 'status'>> = {
  of: (image) => image.status,
  labelKey: imageStatusKey,
  tone: imageStatusTone,
  transitional: IMAGE_TRANSITIONAL,
};
