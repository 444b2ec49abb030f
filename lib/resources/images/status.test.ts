import { describe, expect, it } from 'vitest';
import { dictionaries, locales } from '@/lib/i18n';
import { IMAGE_STATUSES, IMAGE_TRANSITIONAL, imageStatusKey, imageStatusTone } from './status';

describe('image statuses', () => {
  it.each(locales)('every documented status has a label in %s', (locale) => {
    for (const status of IMAGE_STATUSES) {
      const key = imageStatusKey(status);
      expect(key, status).toBeDefined();
      expect((dictionaries[locale] as Record<string, string>)[key!], status).toMatch(/\S/);
    }
  });

  it('an undocumented status has no key (the badge shows it verbatim)', () => {
    expect(imageStatusKey('killed')).toBeUndefined();
    expect(imageStatusTone('killed')).toBe('off');
  });

  it('saving is the only transitional status; each status has its tone', () => {
    expect([...IMAGE_TRANSITIONAL]).toEqual(['saving']);
    expect(IMAGE_STATUSES.map(imageStatusTone)).toEqual(['ok', 'off', 'busy', 'bad']);
  });
});
