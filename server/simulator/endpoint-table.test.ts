import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { endpointTableMarkdown } from './endpoint-table';

describe('README endpoint table', () => {
  it('is generated from the route table and up to date (npm run docs:endpoints)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(endpointTableMarkdown());
  });
});
