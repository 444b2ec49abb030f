import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './client';
import { uploadFile } from './upload';

/** A stand-in XMLHttpRequest: records what was sent; the test decides the answer. */
class FakeXhr {
  static last: FakeXhr;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  responseText = '';
  withCredentials = false;
  upload: { onprogress?: (e: { loaded: number; total: number; lengthComputable: boolean }) => void } = {};
  onload?: () => void;
  onerror?: () => void;
  onabort?: () => void;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.onabort?.();
  }
  answer(status: number, json?: unknown) {
    this.status = status;
    this.responseText = json === undefined ? '' : JSON.stringify(json);
    this.onload?.();
  }
}

afterEach(() => vi.unstubAllGlobals());
const file = new Blob([new Uint8Array(10)]);

describe('uploadFile', () => {
  it('PUTs the file as the body with the client token, reports progress, answers the JSON', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const progress: number[] = [];
    const done = uploadFile('/api/images/:image_id/upload', { params: { image_id: 'i 1' }, file, clientToken: 'tok', onProgress: (p) => progress.push(p.sent) });
    const xhr = FakeXhr.last;
    expect([xhr.method, xhr.url, xhr.body, xhr.headers['x-client-token'], xhr.withCredentials]).toEqual(['PUT', '/api/images/i%201/upload', file, 'tok', true]);
    xhr.upload.onprogress?.({ loaded: 4, total: 10, lengthComputable: true });
    xhr.answer(200, { task_id: 't1' });
    await expect(done).resolves.toEqual({ task_id: 't1' });
    expect(progress).toEqual([4]);
  });

  it("turns the console's error answer into ApiError", async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const done = uploadFile('/api/images/:image_id/upload', { params: { image_id: 'i1' }, file });
    FakeXhr.last.answer(400, { error: { code: 'scp_error', message: 'image is active', requestId: 'r1', scpCode: 400 } });
    await expect(done).rejects.toMatchObject({ name: 'ApiError', status: 400, code: 'scp_error', message: 'image is active', requestId: 'r1' });
    await expect(done).rejects.toBeInstanceOf(ApiError);
  });

  it('a cancel aborts the request and rejects with AbortError', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const controller = new AbortController();
    const done = uploadFile('/api/images/:image_id/upload', { params: { image_id: 'i1' }, file, signal: controller.signal });
    controller.abort();
    await expect(done).rejects.toMatchObject({ name: 'AbortError' });
  });
});
