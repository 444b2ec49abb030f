import { expect, type Page } from '@playwright/test';
import { dictionaries, defaultLocale } from '@/lib/i18n';

const keys = Object.keys(dictionaries[defaultLocale]);
const namespaces = [...new Set(keys.map((key) => key.split('.')[0]))];
/** Looks like a message key: a known namespace, a dot, more of a key (also catches keys missing from the dictionaries). */
const RAW_KEY = new RegExp(`\\b(?:${namespaces.join('|')})\\.[A-Za-z][\\w.-]*`, 'g');
/** A `{placeholder}` t() was not given a value for. */
const UNFILLED = /\{\w+\}/g;

/**
 * Fails when the page shows anything that was not translated: a raw message
 * key (t() answers an unknown key as itself), an unfilled `{placeholder}`, or
 * "undefined"/"NaN" — in visible text, accessible names, tooltips and the title.
 */
export async function expectNoMissingTranslations(page: Page): Promise<void> {
  const texts = await page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label],[title],[placeholder],[alt]')].flatMap((el) =>
      ['aria-label', 'title', 'placeholder', 'alt'].map((name) => el.getAttribute(name) ?? ''),
    );
    return [document.title, document.body.innerText, ...attributes];
  });
  const text = texts.join('\n');
  expect(
    {
      rawKeys: text.match(RAW_KEY) ?? [],
      unfilled: text.match(UNFILLED) ?? [],
      undefinedValues: text.match(/\bundefined\b|\bNaN\b/g) ?? [],
    },
    'untranslated text on the page',
  ).toEqual({ rawKeys: [], unfilled: [], undefinedValues: [] });
}
