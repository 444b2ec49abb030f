/*
 * The typed browser client of the console API and the list of its routes.
 * Pages and hooks import from here; it never talks to SCP.
 */
export { api, ApiError, buildUrl, type CallOptions, type ResponseOf } from './client';
export { consoleApi, tasksBatch, TaskBatchRequestSchema, TaskBatchResponseSchema, type ConsoleApi, type ConsoleOnlyRoute, type ConsoleRouteKey } from './routes';
