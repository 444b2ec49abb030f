import { describe, expect, it } from 'vitest';
import { checkFiles, fileKey, isAbort } from './files';
import type { FormField } from './types';

const file = (name: string, text = 'x', lastModified = 1) => new File([text], name, { lastModified });

describe('form files', () => {
  it('keys a file by name, size and date: the same file keeps its token, another gets a new one', () => {
    expect(fileKey(file('a.iso'))).toBe(fileKey(file('a.iso')));
    expect(fileKey(file('a.iso'))).not.toBe(fileKey(file('b.iso')));
    expect(fileKey(file('a.iso', 'xy'))).not.toBe(fileKey(file('a.iso')));
    expect(fileKey(file('a.iso', 'x', 2))).not.toBe(fileKey(file('a.iso')));
  });

  it("checks each shown file field's file with its own check, against the values", async () => {
    const fields: FormField[] = [
      { name: 'name', labelKey: 'images.field.name', kind: 'text', required: true },
      { name: 'file', labelKey: 'images.field.file', kind: 'file', file: { check: async (f, v) => (f?.name.endsWith(v.ext) ? undefined : { key: 'images.field.file.required' }) } },
      { name: 'hidden', labelKey: 'images.field.file', kind: 'file', required: true, when: (v) => v.ext === 'never' },
      { name: 'plain', labelKey: 'images.field.file', kind: 'file', required: true },
    ];
    expect(await checkFiles(fields, { ext: '.iso' }, { file: file('a.iso'), plain: file('p') })).toEqual({});
    expect(await checkFiles(fields, { ext: '.iso' }, { file: file('a.txt') })).toEqual({
      file: { key: 'images.field.file.required' }, plain: { key: 'forms.error.required' },
    });
  });

  it('tells a cancel from a failure', () => {
    expect(isAbort(new DOMException('cancelled', 'AbortError'))).toBe(true);
    expect(isAbort(new Error('boom'))).toBe(false);
  });
});
