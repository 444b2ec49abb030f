import { describe, expect, it } from 'vitest';
import { changeRow, isRemoved, readRows, removeRow, rowErrorName, writeRows } from './rows';
import type { Row } from './types';

const spec = { key: 'id' };
const rows: Row[] = [{ id: 'a', size: '1', old: '1', removed: '' }, { id: 'b', size: '2' }];

describe('rows values', () => {
  it('keep a table of rows as one value, and read none from an empty or broken one', () => {
    expect(readRows(writeRows(rows))).toEqual(rows);
    expect(readRows(undefined)).toEqual([]);
    expect(readRows('')).toEqual([]);
    expect(readRows('{"id":"a"}')).toEqual([]);
    expect(readRows('[{"id"')).toEqual([]);
  });

  it('mark a row the item has when it is removed, and drop a new one', () => {
    const removed = removeRow(spec, rows, 'a');
    expect(removed).toEqual([{ id: 'a', size: '1', old: '1', removed: '1' }, { id: 'b', size: '2' }]);
    expect(isRemoved(removed[0])).toBe(true);
    expect(removeRow(spec, rows, 'b')).toEqual([rows[0]]);
    expect(isRemoved(changeRow(spec, removed, 'a', { removed: '' })[0])).toBe(false);
  });

  it('change only the row named, and name a row sub-field’s error by table, row and sub-field', () => {
    expect(changeRow(spec, rows, 'b', { size: '5' })).toEqual([rows[0], { id: 'b', size: '5' }]);
    expect(rowErrorName('disks', 'ide1', 'size')).toBe('disks.ide1.size');
  });
});
