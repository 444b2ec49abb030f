import { expect, request, type APIRequestContext } from '@playwright/test';
import { isoFile, MIN_ISO_BYTES } from '../support/image-files';

/** An image as the console lists it (the fields the image specs use). */
export interface ApiImage {
  id: string;
  name: string;
  status: string;
  image_type: string;
  owner_id?: string;
}

/**
 * Sets up and cleans up images through the console API as a demo account
 * signed in on its own request context (globex, say, which the page fixtures
 * do not sign in): for what a test is not about.
 */
export class ImagesApi {
  private constructor(private readonly api: APIRequestContext) {}

  /** Signs `username` in on a fresh request context with the console's Origin. */
  static async signIn(baseURL: string, username: string, password: string): Promise<ImagesApi> {
    const api = await request.newContext({ baseURL, extraHTTPHeaders: { origin: new URL(baseURL).origin } });
    const res = await api.post('/api/session', { data: { username, password } });
    expect(res.status(), `sign-in of ${username}: ${await res.text()}`).toBe(200);
    return new ImagesApi(api);
  }

  private async json<T>(res: Awaited<ReturnType<APIRequestContext['get']>>, what: string): Promise<T> {
    expect(res.status(), `${what}: ${await res.text()}`).toBeLessThan(300);
    return (res.status() === 204 ? undefined : await res.json()) as T;
  }

  async list(query: Record<string, string>): Promise<ApiImage[]> {
    const qs = new URLSearchParams({ pageSize: '100', ...query });
    return (await this.json<{ items: ApiImage[] }>(await this.api.get(`/api/images?${qs}`), 'list images')).items;
  }

  /** Creates a private ISO image in the account's first AZ and uploads an ISO of `bytes` into it; answers its id. */
  async createPrivate(name: string, bytes = MIN_ISO_BYTES): Promise<string> {
    const azs = (await this.json<{ items: { id: string }[] }>(await this.api.get('/api/azs?pageSize=100'), 'list AZs')).items;
    const { id } = await this.json<{ id: string }>(await this.api.post('/api/images', { data: { name, image_type: 'private', disk_format: 'ISO', azs: [azs[0].id] } }), 'create image');
    await this.json(await this.api.put(`/api/images/${id}/upload`, { data: isoFile(bytes), headers: { 'content-type': 'application/octet-stream' } }), 'upload image');
    return id;
  }

  /** Creates a private ISO image record in the account's first AZ and sends no file: it waits in `saving`. Answers its id. */
  async createRecordOnly(name: string): Promise<string> {
    const azs = (await this.json<{ items: { id: string }[] }>(await this.api.get('/api/azs?pageSize=100'), 'list AZs')).items;
    return (await this.json<{ id: string }>(await this.api.post('/api/images', { data: { name, image_type: 'private', disk_format: 'ISO', azs: [azs[0].id] } }), 'create image')).id;
  }

  /** Waits until the image named `name` has settled (active or error). */
  async waitSettled(name: string): Promise<void> {
    await expect.poll(async () => (await this.list({ name }))[0]?.status, { timeout: 60_000 }).toMatch(/^(active|error)$/);
  }

  /** Deletes every image whose name contains `name` (SCP refuses while a task still works on one: tried again until it ends) and signs out. */
  async cleanUp(name: string): Promise<void> {
    for (const img of await this.list({ name })) {
      await expect.poll(async () => (await this.api.delete(`/api/images/${img.id}`)).status(), { timeout: 60_000, message: `delete image ${img.name}` }).toBeLessThan(300);
    }
    await this.api.dispose();
  }
}
