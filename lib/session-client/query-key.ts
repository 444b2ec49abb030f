/** Query key of the signed-in user. */
export { queryKeys } from '../query-keys';
import { queryKeys } from '../query-keys';
export const sessionQueryKey = queryKeys.session;
