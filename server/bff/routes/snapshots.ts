import 'server-only';
import { snapshots } from '@/lib/scp';
import { route, type RouteDeclaration } from '../declaration';
import { OWN_SERVER } from './servers';

/** Snapshots: one belongs to its server, and SCP checks that `:snapshot_id` is one of `:server_id`'s. */
export const snapshotRoutes: RouteDeclaration[] = [
  // GET /api/servers/:server_id/snapshots — snapshots of a server
  route('GET /api/servers/:server_id/snapshots', snapshots.list, { confine: OWN_SERVER }),
  // POST /api/servers/:server_id/snapshots — take a snapshot
  route('POST /api/servers/:server_id/snapshots', snapshots.create, { confine: OWN_SERVER }),
  // PUT /api/servers/:server_id/snapshots/:snapshot_id — rename or protect a snapshot
  route('PUT /api/servers/:server_id/snapshots/:snapshot_id', snapshots.edit, { confine: OWN_SERVER }),
  // DELETE /api/servers/:server_id/snapshots/:snapshot_id — delete a snapshot
  route('DELETE /api/servers/:server_id/snapshots/:snapshot_id', snapshots.delete, { confine: OWN_SERVER }),
  // POST /api/servers/:server_id/snapshots/:snapshot_id/recovery — recover the server to a snapshot
  route('POST /api/servers/:server_id/snapshots/:snapshot_id/recovery', snapshots.recover, { confine: OWN_SERVER }),
];
