import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api';
import { ServerEditSchema } from '@/lib/scp';
import { fieldErrors } from './form-errors';

describe('field errors', () => {
  it('from the shared schema, keeping its words as the detail', () => {
    const parsed = ServerEditSchema.safeParse({ name: '', memory_mb: 0 });
    expect(parsed.success).toBe(false);
    const errors = fieldErrors(parsed.error, (f) => (f === 'memory_mb' ? 'memoryGb' : f));
    expect(Object.keys(errors).sort()).toEqual(['memoryGb', 'name']);
    expect(errors.name).toMatchObject({ key: 'forms.error.invalid', values: { detail: 'must not be empty' } });
  });

  it('from the console API’s 400, by body field', () => {
    const error = new ApiError(400, 'invalid_request', 'Invalid request', 'r1', undefined, [{ field: 'body.name', message: 'must be shorter than 100 characters' }]);
    expect(fieldErrors(error)).toEqual({ name: { key: 'forms.error.invalid', values: { detail: 'must be shorter than 100 characters' } } });
    expect(fieldErrors(new Error('boom'))).toEqual({});
  });
});
