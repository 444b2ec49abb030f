import { DEMO_ACCOUNTS } from '../seed/demo-accounts';
import { startSimulator, type RunningSimulator, type StartOptions } from '../server';
import { TestClient } from './test-client';

export interface Harness {
  running: RunningSimulator;
  url: string;
  admin: TestClient;
  acme: TestClient;
  globex: TestClient;
  /** EC2-signed clients with the demo AK/SK. */
  adminEc2: TestClient;
  acmeEc2: TestClient;
  close(): Promise<void>;
}

/**
 * Starts a simulator on a free port over plain HTTP (fast tasks, no rate limits
 * unless asked) with clients for the demo accounts. Tests talk to it over real HTTP.
 */
export async function startHarness(opts: StartOptions = {}): Promise<Harness> {
  const running = await startSimulator({ port: 0, http: true, taskDurationMs: 400, taskQueueMs: 20, rateLimits: false, control: true, ...opts });
  const [admin, acme, globex] = DEMO_ACCOUNTS;
  const token = (a: (typeof DEMO_ACCOUNTS)[number]) => new TestClient(running.url, { kind: 'token', username: a.username, password: a.password });
  const ec2 = (a: (typeof DEMO_ACCOUNTS)[number]) => new TestClient(running.url, { kind: 'ec2', accessKey: a.accessKey, secretKey: a.secretKey });
  return {
    running, url: running.url,
    admin: token(admin), acme: token(acme), globex: token(globex),
    adminEc2: ec2(admin), acmeEc2: ec2(acme),
    close: () => running.close(),
  };
}
