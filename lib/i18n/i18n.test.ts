import { describe, expect, it } from 'vitest';
import { zhCNAreas } from './zh-CN';
import { defaultLocale, dictionaries, isMessageKey, locales, parseLocale, t, type MessageKey } from './index';

const allKeys = [...new Set(locales.flatMap((locale) => Object.keys(dictionaries[locale])))].sort();
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n dictionaries', () => {
  it.each(locales)('%s has a non-empty string for every key', (locale) => {
    const dictionary: Record<string, unknown> = dictionaries[locale];
    const missing = allKeys.filter((key) => typeof dictionary[key] !== 'string' || dictionary[key] === '');
    expect(missing).toEqual([]);
  });

  it('no two area files define the same key', () => {
    const counted = zhCNAreas.reduce((n, area) => n + Object.keys(area).length, 0);
    expect(counted).toBe(Object.keys(dictionaries[defaultLocale]).length);
  });

  it('every language uses the same {placeholders} for a key', () => {
    const mismatched = allKeys.filter((key) => {
      const [first, ...rest] = locales.map((locale) => placeholders((dictionaries[locale] as Record<string, string>)[key] ?? ''));
      return rest.some((p) => p.join() !== first.join());
    });
    expect(mismatched).toEqual([]);
  });

  it('t() looks the key up in the requested locale', () => {
    expect(t('zh-CN', 'app.title')).toBe('SCP 云控制台');
    expect(t('en', 'app.title')).toBe('SCP Cloud Console');
  });

  it('t() fills placeholders and leaves unknown ones visible', () => {
    expect(t('en', 'home.welcome', { username: 'acme' })).toBe('Welcome, acme');
    expect(t('zh-CN', 'signIn.error.rate_limited_for', { seconds: 30 })).toMatch(/^登录失败次数过多,请 30 秒后再试。/);
    expect(t('en', 'home.welcome', {})).toBe('Welcome, {username}');
  });

  it('t() returns an unknown key as itself so the gap is visible', () => {
    expect(t('en', 'no.such.key' as MessageKey)).toBe('no.such.key');
  });
});

describe('locale helpers', () => {
  it('parseLocale accepts supported locales and falls back to the default', () => {
    expect(parseLocale('en')).toBe('en');
    expect(parseLocale('zh-CN')).toBe('zh-CN');
    expect(parseLocale('fr')).toBe(defaultLocale);
    expect(parseLocale(undefined)).toBe(defaultLocale);
  });

  it('isMessageKey tells known keys from run-time strings', () => {
    expect(isMessageKey('signIn.error.invalid_credentials')).toBe(true);
    expect(isMessageKey('signIn.error.no_such_code')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
  });
});
