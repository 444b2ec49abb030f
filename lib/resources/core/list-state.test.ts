import { describe, expect, it } from 'vitest';
import { applyListChange, lastPage, listStateToQuery, listStateToSearch, parseListState, type ListSpec } from './list-state';

const spec: ListSpec = {
  pageSizes: [20, 50, 100, 10],
  sortable: ['name', 'status'],
  filters: [
    { param: 'status', options: [{ value: 'running' }, { value: 'stopped' }] },
    { param: 'name' },
    { param: 'az_id', accepts: (v) => /^[0-9a-f-]{36}$/.test(v) },
  ],
};
const parse = (search: string) => parseListState(new URLSearchParams(search), spec);

describe('list state in the URL', () => {
  it('reads page, size, sort, order and filters', () => {
    expect(parse('page=3&pageSize=50&sort=name&order=desc&status=running&name=web')).toEqual({
      page: 3, pageSize: 50, sort: 'name', order: 'desc', filters: { status: 'running', name: 'web' },
    });
  });

  it('falls back to defaults for what the resource does not offer, instead of sending a failing request', () => {
    expect(parse('page=0&pageSize=33&sort=password&order=sideways&status=melting&az_id=nope&other=1')).toEqual({
      page: 1, pageSize: 20, sort: undefined, order: 'asc', filters: {},
    });
    expect(parse('page=-2').page).toBe(1);
    expect(parse('page=2x').page).toBe(1);
  });

  it('writes a canonical URL: defaults left out, so equal views have equal links', () => {
    expect(listStateToSearch(parse(''), spec)).toBe('');
    const search = 'status=running&name=web&sort=name&order=desc&pageSize=50&page=3';
    expect(listStateToSearch(parse(search), spec)).toBe(search);
    expect(listStateToSearch(parse('sort=name&order=asc'), spec)).toBe('sort=name');
  });

  it('round-trips: parsing what it wrote gives the same state', () => {
    const state = parse('az_id=11111111-2222-3333-4444-555555555555&sort=status&page=4&pageSize=10');
    expect(parse(listStateToSearch(state, spec))).toEqual(state);
  });

  it('turns the state into the console API query (1-based page, SCP sort and order_by)', () => {
    expect(listStateToQuery(parse('page=2&sort=name&order=desc&status=running'))).toEqual({ page: 2, pageSize: 20, status: 'running', sort: 'name', order_by: 'DESC' });
    expect(listStateToQuery(parse(''))).toEqual({ page: 1, pageSize: 20 });
  });
});

describe('list changes', () => {
  const base = parse('page=5&sort=name&status=running');

  it('a filter, sort or page size starts again at page 1; a page change keeps the rest', () => {
    expect(applyListChange(base, { type: 'filter', param: 'name', value: 'db' })).toMatchObject({ page: 1, filters: { status: 'running', name: 'db' } });
    expect(applyListChange(base, { type: 'filter', param: 'status', value: '' }).filters).toEqual({});
    expect(applyListChange(base, { type: 'pageSize', pageSize: 100 })).toMatchObject({ page: 1, pageSize: 100 });
    expect(applyListChange(base, { type: 'page', page: 6 })).toMatchObject({ page: 6, sort: 'name', filters: { status: 'running' } });
    expect(applyListChange(base, { type: 'page', page: 0 }).page).toBe(1);
  });

  it('sorting by the same column flips the order; another column sorts ascending', () => {
    const desc = applyListChange(base, { type: 'sort', sort: 'name' });
    expect(desc).toMatchObject({ sort: 'name', order: 'desc', page: 1 });
    expect(applyListChange(desc, { type: 'sort', sort: 'name' }).order).toBe('asc');
    expect(applyListChange(desc, { type: 'sort', sort: 'status' })).toMatchObject({ sort: 'status', order: 'asc' });
  });

  it('knows the last page', () => {
    expect(lastPage(0, 20)).toBe(1);
    expect(lastPage(20, 20)).toBe(1);
    expect(lastPage(10_043, 20)).toBe(503);
  });
});
