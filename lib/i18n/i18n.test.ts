import { describe, expect, it } from 'vitest';
import { dictionaries, t, type Locale } from './index';

const locales = Object.keys(dictionaries) as Locale[];
const allKeys = [...new Set(locales.flatMap((locale) => Object.keys(dictionaries[locale])))].sort();

describe('i18n dictionaries', () => {
  it.each(locales)('%s has a non-empty string for every key', (locale) => {
    const dictionary: Record<string, unknown> = dictionaries[locale];
    const missing = allKeys.filter((key) => typeof dictionary[key] !== 'string' || dictionary[key] === '');
    expect(missing).toEqual([]);
  });

  it('t() looks the key up in the requested locale', () => {
    expect(t('zh-CN', 'app.title')).toBe('SCP 云控制台');
    expect(t('en', 'app.title')).toBe('SCP Cloud Console');
  });
});
