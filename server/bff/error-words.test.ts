import { describe, expect, it } from 'vitest';
import { dictionaries, locales } from '@/lib/i18n';
import { BFF_ERROR_CODES } from './errors';

describe('error codes in words', () => {
  it.each(locales)('%s words every error code the console API answers with, and the browser\'s own', (locale) => {
    const dictionary: Record<string, string> = dictionaries[locale];
    const missing = [...BFF_ERROR_CODES, 'network_error', 'http_error'].filter((code) => !dictionary[`apiError.${code}`]);
    expect(missing).toEqual([]);
  });
});
