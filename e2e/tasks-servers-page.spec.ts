import { randomUUID } from 'node:crypto';
import { expect, test } from './fixtures';
import { ServersApi } from './pages/servers-api';
import { ServersListPage } from './pages/servers-list-page';
import { TasksTray } from './pages/tasks-tray';

/*
 * A task started where users start them, on the servers page (its page
 * objects come with it): the tray registers it, and when it ends the list
 * shows the new status without a reload. The server is this spec's own.
 */
const name = `e2e-tasks-server-${randomUUID()}`;

test.describe('task tray and the servers page', () => {
  test('a task started on the servers page is in the tray, and its end shows in the list without a reload', async ({ page, signedInAs, baseURL }) => {
    test.setTimeout(120_000);
    const shell = await signedInAs('acme');
    await shell.goto('/servers');
    const api = new ServersApi(page, baseURL!);
    const ids = await api.create(name, { powerOn: true });
    try {
      await api.waitFor(name, ['running'], 1);
      const tray = new TasksTray(page);
      const list = new ServersListPage(page);
      await list.open(`name=${encodeURIComponent(name)}`);
      await list.expectStatus(name, 'running');

      await (await list.rowAction(name, 'servers.action.stop')).click();
      await list.confirm('servers.action.stop');
      await expect(tray.count).toHaveText('1');
      await tray.open();
      const item = tray.panel.getByTestId('tracked-task').filter({ hasText: name });
      await expect(item).toHaveAttribute('data-phase', 'done', { timeout: 30_000 });
      await tray.close();
      // The tray's end-of-task refresh reaches the list at once (the list's own slower poll would too, later).
      await list.expectStatus(name, 'stopped', 3000);
    } finally {
      await api.waitFor(name, ['running', 'stopped', 'error'], 1);
      await api.purge(ids);
    }
  });
});
