import { describe, expect, it } from 'vitest';
import { inputOfLogTime, logTimeOfInput, opLogApiQuery, opLogSearch, parseOpLogView } from './url-state';

const parse = (search: string) => parseOpLogView(new URLSearchParams(search));

describe('operation log view in the URL', () => {
  it('reads every filter and writes it back the same', () => {
    const search = '?status=failure&objectType=%E4%BA%91%E4%B8%BB%E6%9C%BA&projectId=0123456789abcdef0123456789abcdef&from=2025-01-02+03%3A04%3A05&to=2025-01-03+00%3A00%3A00&pageSize=50&page=3';
    const view = parse(search);
    expect(view).toEqual({
      page: 3, pageSize: 50, status: 'failure', objectType: '云主机', projectId: '0123456789abcdef0123456789abcdef',
      from: '2025-01-02 03:04:05', to: '2025-01-03 00:00:00',
    });
    expect(opLogSearch(view)).toBe(search);
  });

  it('falls back to defaults for anything malformed, and writes the default view as no search', () => {
    const view = parse('?page=-1&pageSize=7&status=running&projectId=x&from=yesterday');
    expect(view).toEqual({ page: 1, pageSize: 20, status: undefined, objectType: undefined, projectId: undefined, from: undefined, to: undefined });
    expect(opLogSearch(view)).toBe('');
  });

  it('maps the view to the console API query; the tenant only for admins', () => {
    const view = parse('?status=doing&projectId=0123456789abcdef0123456789abcdef&from=2025-01-02+03:04:05');
    expect(opLogApiQuery(view, true)).toEqual({
      page: 1, pageSize: 20, sort: 'begin_time', order_by: 'DESC', status: 'doing', object_type: undefined, project_id: '0123456789abcdef0123456789abcdef', begin_time: '2025-01-02 03:04:05', end_time: undefined,
    });
    expect(opLogApiQuery(view, false).project_id).toBeUndefined();
  });

  it('converts between datetime-local inputs and SCP log times', () => {
    expect(logTimeOfInput('2025-01-02T03:04')).toBe('2025-01-02 03:04:00');
    expect(logTimeOfInput('2025-01-02T03:04:05')).toBe('2025-01-02 03:04:05');
    expect(logTimeOfInput('')).toBe('');
    expect(inputOfLogTime('2025-01-02 03:04:05')).toBe('2025-01-02T03:04:05');
    expect(inputOfLogTime(undefined)).toBe('');
  });
});
