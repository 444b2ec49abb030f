/** See test-prerequisites.mjs. */
export const DEFAULT_CHROMIUM: string;
/** See test-prerequisites.mjs. */
export const CJK_FONT: string;
/** One missing prerequisite. */
export interface Missing {
  what: string;
  path: string;
  pkg?: string;
}
/** See test-prerequisites.mjs. */
export function missingPrerequisites(probe: { chromiumPath?: string; executable: (path: string) => boolean; exists: (path: string) => boolean }): Missing[];
/** See test-prerequisites.mjs. */
export function prerequisitePlan(missing: Missing[], machine: { root: boolean; sudo: boolean; aptGet: boolean }): { kind: 'ok' } | { kind: 'install'; commands: string[][] } | { kind: 'tell'; line: string };
