import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { DEMO_ACCOUNTS } from '../../server/simulator/seed/demo-accounts';
import type { RunningSimulator } from '../../server/simulator/server';
import type { ConsoleAgent, RunningConsole } from './console-process';

/*
 * The leak scan: everything the console served to a browser (response bodies
 * and headers, pages, every static JS and CSS chunk of the build) and
 * everything it logged must contain no credential: access keys, secret keys,
 * SCP tokens, passwords, or their RSA ciphertexts.
 */
const agents: ConsoleAgent[] = [];
const raws: string[] = [];

/** Remembers a browser stand-in whose responses are scanned. */
export function watchAgent(agent: ConsoleAgent): ConsoleAgent {
  agents.push(agent);
  return agent;
}

/** Remembers a raw response text (headers and body) to scan. */
export function watchRaw(text: string): void {
  raws.push(text);
}

function staticFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...staticFiles(path));
    else if (/\.(js|css|html|json)$/.test(name)) out.push(path);
  }
  return out;
}

/** Asserts that no secret appears anywhere the browser or the log could see it. Returns what was scanned. */
export function assertNoLeaks(opts: { sim: RunningSimulator; console: RunningConsole; extraSecrets?: string[]; tokenMode: boolean }): { texts: number; bytes: number; secrets: number } {
  const secrets = [
    ...DEMO_ACCOUNTS.flatMap((a) => [a.accessKey, a.secretKey, a.password]),
    ...opts.sim.sim.secretsSeen.tokens,
    ...opts.sim.sim.rsa.ciphertextsSeen,
    ...(opts.extraSecrets ?? []),
  ].filter((s) => s.length >= 8);
  if (opts.tokenMode) expect(opts.sim.sim.secretsSeen.tokens.length, 'the console signed in at least once').toBeGreaterThan(0);
  const distDir = resolve(__dirname, '../..', process.env.NEXT_DIST_DIR ?? '.next', 'static');
  const texts: [string, string][] = [
    ...agents.flatMap((a) => a.seen.map((s) => [`${s.url} (${s.status})`, s.headers + s.body] as [string, string])),
    ...raws.map((r, i) => [`raw response ${i}`, r] as [string, string]),
    ['console log', opts.console.output()],
    ...staticFiles(distDir).map((f) => [f, readFileSync(f, 'utf8')] as [string, string]),
  ];
  for (const [where, text] of texts) {
    for (const secret of secrets) {
      if (text.includes(secret)) expect.fail(`credential ${secret.slice(0, 4)}… found in ${where}`);
    }
  }
  return { texts: texts.length, bytes: texts.reduce((n, [, t]) => n + t.length, 0), secrets: secrets.length };
}
