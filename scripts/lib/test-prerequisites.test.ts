import { describe, expect, it } from 'vitest';
import { CJK_FONT, DEFAULT_CHROMIUM, missingPrerequisites, prerequisitePlan } from './test-prerequisites.mjs';

const machine = (paths: string[], chromiumPath?: string) => ({ chromiumPath, executable: (p: string) => paths.includes(p), exists: (p: string) => paths.includes(p) });
const bare = { root: false, sudo: false, aptGet: true };

describe('npm test prerequisites', () => {
  it('finds nothing to do when Chromium and the font are there', () => {
    const missing = missingPrerequisites(machine([DEFAULT_CHROMIUM, CJK_FONT]));
    expect(missing).toEqual([]);
    expect(prerequisitePlan(missing, bare)).toEqual({ kind: 'ok' });
  });

  it('installs what is missing with apt-get as root, noninteractive', () => {
    const missing = missingPrerequisites(machine([]));
    expect(missing.map((m) => m.pkg)).toEqual(['chromium', 'fonts-wqy-microhei']);
    expect(prerequisitePlan(missing, { ...bare, root: true })).toEqual({
      kind: 'install',
      commands: [['apt-get', 'update'], ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', 'chromium', 'fonts-wqy-microhei']],
    });
  });

  it('uses passwordless sudo when not root', () => {
    const plan = prerequisitePlan(missingPrerequisites(machine([DEFAULT_CHROMIUM])), { ...bare, sudo: true });
    expect(plan).toEqual({ kind: 'install', commands: [['sudo', '-n', 'apt-get', 'update'], ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', 'fonts-wqy-microhei']] });
  });

  it('otherwise names the one command to run, on one line', () => {
    const plan = prerequisitePlan(missingPrerequisites(machine([CJK_FONT])), bare);
    expect(plan.kind).toBe('tell');
    const line = (plan as { line: string }).line;
    expect(line).not.toContain('\n');
    expect(line).toContain('Chromium (/usr/bin/chromium)');
    expect(line).toMatch(/sudo apt-get update && sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium$/);
  });

  it('says what to get on a machine without apt-get, and does not install over a CHROMIUM_PATH of one\'s own', () => {
    expect(prerequisitePlan(missingPrerequisites(machine([])), { ...bare, aptGet: false, root: true })).toMatchObject({ kind: 'tell', line: expect.stringMatching(/no apt-get/) });
    const own = missingPrerequisites(machine([CJK_FONT], '/opt/chrome/chrome'));
    expect(own).toEqual([{ what: 'Chromium', path: '/opt/chrome/chrome', pkg: undefined }]);
    expect(prerequisitePlan(own, { ...bare, root: true })).toMatchObject({ kind: 'tell', line: expect.stringMatching(/CHROMIUM_PATH names \/opt\/chrome\/chrome/) });
  });
});
