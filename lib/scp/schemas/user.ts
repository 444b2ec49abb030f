import { z } from 'zod';
import { FlagValue, optText } from './common';

/** A user (GET /users item, catalog §4.5). `enabled` is a boolean here (an int in projects). */
export const UserSchema = z.looseObject({
  id: z.string(),
  /** The login name. */
  name: z.string(),
  real_name: optText(),
  project_id: z.string(),
  role_id: optText(),
  enabled: FlagValue.nullish(),
});
/** A user. */
export type User = z.output<typeof UserSchema>;
