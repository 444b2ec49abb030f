import 'server-only';

/*
 * The SCP client's public surface. Route handlers (through the BFF wrapper) and
 * the session layer import from here; the files behind it are internals.
 */
export { ScpClient, type ScpClientExtras } from './client';
export { getScpClient, serviceScope } from './default-client';
export type { CredentialScope, Ec2Scope, LoginResult, PasswordScope, TokenState } from './credentials';
export { ScpError, isScpError, type ScpErrorKind } from './errors';
export { defineOperation, type CallInput, type QueryParams, type RecoverContext, type RecoverHook, type ScpOperation } from './operation';
export { atKey, compose, drift, eachItem, renameFields, timestampDrift, type Normaliser } from './normalise';
export { collectPages, fetchPage, listAll, listPageSchema, MAX_PAGE_SIZE, type ConsolePage, type ScpListPage, type StopReason } from './pagination';
export { findBatchTask, findByName, findRecentTask, isSinceCall, OpLogEntrySchema, type OpLogEntry, type TaskMatch } from './recover';
export { encryptPassword, type RsaPadding } from './rsa';
export type { BodyFile } from './transport';
export type { ScpLogger, ScpRequestLog } from './log';
export type { Clock } from './clock';
export type { RetryPolicy } from './retry';
