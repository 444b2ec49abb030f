import type { Row, RowsSpec } from './types';

/*
 * The values of a rows field (types.ts RowsSpec). A form's values are
 * strings by name, so a table of rows is one value: the JSON of its rows,
 * each a record of strings, in order. A row's error is named
 * `<field>.<row key>.<sub-field>`, so a check says which input it is about and
 * the other fields' errors are untouched; the field's own name carries the
 * table's error. Two row values mean the same to every table: `old` '1' (a
 * row the item has) and `removed` '1' (such a row, marked to go).
 */

/** The row value of a row the item has. */
export const OLD = 'old';
/** The row value of a row the item has, marked to go. */
export const REMOVED = 'removed';

/** The rows of a field's value; none when it holds none (or is not rows). */
export function readRows(value: string | undefined): Row[] {
  try {
    const rows: unknown = JSON.parse(value || '[]');
    return Array.isArray(rows) ? rows.filter((r): r is Row => !!r && typeof r === 'object') : [];
  } catch {
    return [];
  }
}

/** A field's value for these rows. */
export function writeRows(rows: readonly Row[]): string {
  return JSON.stringify(rows);
}

/** The name of the error of one row's sub-field. */
export function rowErrorName(field: string, key: string, sub: string): string {
  return `${field}.${key}.${sub}`;
}

/** Whether a row is one the item has, marked to go. */
export function isRemoved(row: Row): boolean {
  return row[OLD] === '1' && row[REMOVED] === '1';
}

/** The rows without the one `key` names: a row the item has is marked to go instead. */
export function removeRow(spec: Pick<RowsSpec, 'key'>, rows: readonly Row[], key: string): Row[] {
  return rows.flatMap((r) => (r[spec.key] !== key ? [r] : r[OLD] === '1' ? [{ ...r, [REMOVED]: '1' }] : []));
}

/** The rows with the one `key` names changed by `patch` (a typed value, or kept after all: `removed` ''). */
export function changeRow(spec: Pick<RowsSpec, 'key'>, rows: readonly Row[], key: string, patch: Row): Row[] {
  return rows.map((r) => (r[spec.key] === key ? { ...r, ...patch } : r));
}

