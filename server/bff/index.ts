import 'server-only';

/*
 * The BFF: the console API's route-handler wrapper and allowlist. Route files
 * under app/api bind the dispatcher's handlers; everything else is internal.
 */
export { createDispatcher, type ApiHandler, type Dispatcher } from './dispatcher';
export { consoleBffLogger, type BffDeps, type BffLogger } from './deps';
export { routeMethods } from './methods';
export { declarations } from './routes';
export type { RouteDeclaration } from './declaration';
