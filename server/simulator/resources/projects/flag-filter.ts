import { badRequest } from '../../errors';
import type { Filter } from '../../http/list';

const FLAGS = new Map([['0', false], ['1', true], ['false', false], ['true', true]]);

/** A 0/1 list filter such as `enabled` or `in_use` (true/false tolerated); anything else is a 400 naming the parameter. */
export function flagFilter<T>(param: string, read: (item: T) => boolean): Filter<T> {
  return (item, value) => {
    const wanted = FLAGS.get(value.trim().toLowerCase());
    if (wanted === undefined) throw badRequest(`${param} must be 0 or 1, got "${value}"`);
    return read(item) === wanted;
  };
}
