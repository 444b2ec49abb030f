#!/usr/bin/env node
/**
 * First step of `npm test` (and of .ci/run): makes sure Debian's chromium and
 * a CJK font are there (scripts/lib/test-prerequisites.mjs). Present: done at
 * once. Missing: installed with apt-get as root or with passwordless sudo;
 * otherwise one line names the command to run, and the exit code is 1, before
 * any build starts.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { missingPrerequisites, prerequisitePlan } from './lib/test-prerequisites.mjs';

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const probe = { chromiumPath: process.env.CHROMIUM_PATH, executable, exists: existsSync };
const succeeds = (cmd, args) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;

const missing = missingPrerequisites(probe);
if (missing.length === 0) process.exit(0);

const root = process.getuid?.() === 0;
const plan = prerequisitePlan(missing, {
  root,
  sudo: !root && succeeds('sudo', ['-n', 'true']),
  aptGet: succeeds('apt-get', ['--version']),
});
if (plan.kind === 'tell') {
  console.error(plan.line);
  process.exit(1);
}
if (plan.kind === 'install') {
  console.log(`test prerequisites: installing ${missing.map((m) => m.pkg).join(' ')} with apt-get`);
  for (const [cmd, ...args] of plan.commands) {
    const run = spawnSync(cmd, args, { stdio: 'inherit' });
    if (run.status !== 0) {
      console.error(`test prerequisites: ${[cmd, ...args].join(' ')} failed (exit ${run.status ?? run.signal})`);
      process.exit(1);
    }
  }
  const still = missingPrerequisites(probe);
  if (still.length) {
    console.error(`test prerequisites: still missing after apt-get: ${still.map((m) => m.path).join(', ')}`);
    process.exit(1);
  }
}
