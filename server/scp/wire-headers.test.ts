import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScpClient } from './client';
import { ADMIN, createOpLog, ec2, listTasks, recordingLogger, testSettings } from './testing';

/*
 * What reaches the wire: SCP is reported to match header names
 * case-sensitively, so the client must send them as the seed spells them. A
 * raw TCP server records the request bytes exactly as undici writes them.
 */

const captured: string[] = [];
let server: Server;
let baseUrl: string;

/** Reads one request (headers and a Content-Length body), keeps its head, answers an SCP envelope. */
function answer(socket: Socket): void {
  let buf = Buffer.alloc(0);
  socket.on('data', (chunk) => {
    buf = Buffer.concat([buf, chunk]);
    for (;;) {
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = buf.subarray(0, end).toString('latin1');
      const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
      if (buf.length < end + 4 + length) return;
      buf = buf.subarray(end + 4 + length);
      captured.push(head);
      const data = head.startsWith('GET') ? { page_num: 0, page_size: 1, total_size: 0, data: [] } : { task_id: 't', status: 'finish', progress: 100 };
      const body = JSON.stringify({ code: 0, message: '', data });
      socket.write(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    }
  });
}

beforeAll(async () => {
  server = createServer(answer);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The header names of a captured request head, as written. */
const names = (head: string) => head.split('\r\n').slice(1).map((line) => line.slice(0, line.indexOf(':')));

describe('header names on the wire', () => {
  it('are spelled as the seed writes them on a signed POST with a cookie and a client token', async () => {
    captured.length = 0;
    const client = new ScpClient(testSettings(baseUrl, { cookieToken: 'wire-cookie', signing: { signedHeaders: 'cookie;x-amz-date', region: 'cn-south-1', service: 'open-api' } }), { logger: recordingLogger() });
    const token = '0f0e0d0c-0b0a-4908-8706-050403020100';
    await client.call(createOpLog, { scope: ec2(ADMIN), body: { task: { action: 'a', object_type: 'b', object_name: 'c' } }, clientToken: token });
    await client.close();
    const head = captured[0];
    expect(head).toMatch(/^POST \/janus\/20180725\/tasks HTTP\/1\.1\r\n/);
    expect(head).toContain('\r\nContent-Type: application/json\r\n');
    expect(head).toContain(`\r\nX-Client-Token: ${token}\r\n`);
    expect(head).toContain('\r\nCookie: aCMPAuthToken=wire-cookie\r\n');
    expect(head).toMatch(/\r\nX-Amz-Date: \d{8}T\d{6}Z\r\n/);
    // The signature's own list of signed headers stays lower case, as the algorithm requires.
    expect(head).toMatch(/\r\nAuthorization: AWS4-HMAC-SHA256 Credential=[^,]+, SignedHeaders=cookie;x-amz-date, Signature=[0-9a-f]{64}(\r\n|$)/);
    for (const lower of ['content-type', 'x-client-token', 'cookie', 'x-amz-date', 'authorization']) expect(names(head)).not.toContain(lower);
  });

  it('are spelled so on a GET too', async () => {
    captured.length = 0;
    const client = new ScpClient(testSettings(baseUrl, { cacheMs: 0 }), { logger: recordingLogger() });
    await client.call(listTasks, { scope: ec2(ADMIN), query: { page_size: 1 } });
    await client.close();
    expect(names(captured[0])).toEqual(expect.arrayContaining(['Content-Type', 'X-Amz-Date', 'Authorization']));
    expect(names(captured[0])).not.toContain('x-client-token');
  });
});
