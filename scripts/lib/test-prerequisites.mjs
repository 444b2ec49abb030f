/**
 * What `npm test` needs outside node_modules: Debian's chromium for Playwright
 * (Playwright's own browser downloads are never used) and a CJK font, so zh-CN
 * pages render text, not boxes. The decision is pure, for tests; the check
 * runs in scripts/test-prerequisites.mjs.
 */

/** Default Chromium path (playwright.config.ts; CHROMIUM_PATH overrides it). */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The CJK font file Debian's fonts-wqy-microhei installs. */
export const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';

/**
 * What is missing, each with the Debian package that provides it.
 *
 * @param {{ chromiumPath?: string, executable: (path: string) => boolean, exists: (path: string) => boolean }} probe
 * @returns {{ what: string, path: string, pkg?: string }[]} `pkg` absent when apt cannot help (a CHROMIUM_PATH of one's own)
 */
export function missingPrerequisites({ chromiumPath, executable, exists }) {
  const missing = [];
  const chromium = chromiumPath || DEFAULT_CHROMIUM;
  if (!executable(chromium)) missing.push({ what: 'Chromium', path: chromium, pkg: chromium === DEFAULT_CHROMIUM ? 'chromium' : undefined });
  if (!exists(CJK_FONT)) missing.push({ what: 'a CJK font', path: CJK_FONT, pkg: 'fonts-wqy-microhei' });
  return missing;
}

/**
 * What to do about `missing`: nothing; install with apt-get (as root, or with
 * passwordless sudo), noninteractive like .ci/run; or tell the person the one
 * command to run and stop.
 *
 * @param {{ what: string, path: string, pkg?: string }[]} missing
 * @param {{ root: boolean, sudo: boolean, aptGet: boolean }} machine
 * @returns {{ kind: 'ok' } | { kind: 'install', commands: string[][] } | { kind: 'tell', line: string }}
 */
export function prerequisitePlan(missing, { root, sudo, aptGet }) {
  if (missing.length === 0) return { kind: 'ok' };
  const names = missing.map((m) => `${m.what} (${m.path})`).join(' and ');
  const own = missing.find((m) => !m.pkg);
  if (own) return { kind: 'tell', line: `npm test needs ${names}: CHROMIUM_PATH names ${own.path}, which is not an executable; point it at Chromium or unset it to use Debian's ${DEFAULT_CHROMIUM}` };
  const pkgs = missing.map((m) => m.pkg);
  if (!aptGet) return { kind: 'tell', line: `npm test needs ${names}; this machine has no apt-get: install Chromium at ${DEFAULT_CHROMIUM} (or set CHROMIUM_PATH) and the WenQuanYi Micro Hei font (${pkgs.join(' ')} on Debian)` };
  const apt = ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get'];
  if (root || sudo) {
    const prefix = root ? [] : ['sudo', '-n'];
    return { kind: 'install', commands: [[...prefix, 'apt-get', 'update'], [...prefix, ...apt, 'install', '-y', ...pkgs]] };
  }
  return { kind: 'tell', line: `npm test needs ${names}; install them as root, then run npm test again: sudo apt-get update && sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y ${pkgs.join(' ')}` };
}
