import { describe, expect, it } from 'vitest';
import { choiceList, toggleChoice } from './choice-list';

describe('a checkboxes value', () => {
  it('lists the ticked values, none for an empty value', () => {
    expect(choiceList('a,b')).toEqual(['a', 'b']);
    expect(choiceList('')).toEqual([]);
    expect(choiceList(undefined)).toEqual([]);
  });

  it('keeps the choices\' order however they were ticked, and values no longer offered', () => {
    const order = ['a', 'b', 'c'];
    expect(toggleChoice('c', 'a', true, order)).toBe('a,c');
    expect(toggleChoice(toggleChoice('', 'c', true, order), 'a', true, order)).toBe('a,c');
    expect(toggleChoice('a,c', 'a', false, order)).toBe('c');
    expect(toggleChoice('gone,b', 'a', true, order)).toBe('gone,a,b');
    expect(toggleChoice('a', 'a', false, order)).toBe('');
  });
});
