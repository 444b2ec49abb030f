import { IdGen } from './ids';
import { Ipam } from './ipam';
import type {
  Az, FloatingIp, FloatingIpPool, Host, Image, LineType, Port, Project, Quota, Role, Server,
  Snapshot, Storage, StorageTag, Subnet, User, Volume, Vpc,
} from './types';

/** The platform-level project that admins belong to; it is not a tenant and is never listed. */
export const PLATFORM_PROJECT_ID = '00000000000000000000000000000001';

/** Quota rows for global resources use this AZ id (catalog §4.7). */
export const GLOBAL_AZ_ID = '10000000-0000-0000-0000-000000000000';

/** All simulator state, in memory. Maps keep insertion order, which is the default list order. */
export class Store {
  readonly ids: IdGen;
  /** Addresses in use per subnet and per floating-IP pool subnet. */
  readonly ipam = new Ipam();
  azs = new Map<string, Az>();
  hosts = new Map<string, Host>();
  storageTags = new Map<string, StorageTag>();
  storages = new Map<string, Storage>();
  projects = new Map<string, Project>();
  users = new Map<string, User>();
  roles = new Map<string, Role>();
  quotas = new Map<string, Quota>();
  images = new Map<string, Image>();
  vpcs = new Map<string, Vpc>();
  subnets = new Map<string, Subnet>();
  ports = new Map<string, Port>();
  lineTypes = new Map<string, LineType>();
  floatingIpPools = new Map<string, FloatingIpPool>();
  floatingIps = new Map<string, FloatingIp>();
  servers = new Map<string, Server>();
  snapshots = new Map<string, Snapshot>();
  volumes = new Map<string, Volume>();

  private byAccessKey = new Map<string, User>();
  private byLogin = new Map<string, User>();

  constructor(seed?: number) {
    this.ids = new IdGen(seed);
  }

  addUser(user: User): void {
    this.users.set(user.id, user);
    this.byLogin.set(user.name, user);
    if (user.access_key) this.byAccessKey.set(user.access_key, user);
  }

  /** Removes a user and its sign-in keys (tenant delete); its tokens stop working because the user is gone. */
  removeUser(id: string): void {
    const user = this.users.get(id);
    if (!user) return;
    this.users.delete(id);
    if (this.byLogin.get(user.name) === user) this.byLogin.delete(user.name);
    if (user.access_key && this.byAccessKey.get(user.access_key) === user) this.byAccessKey.delete(user.access_key);
  }

  userByAccessKey(accessKey: string): User | undefined {
    return this.byAccessKey.get(accessKey);
  }

  userByLogin(name: string): User | undefined {
    return this.byLogin.get(name);
  }

  /** Snapshots of one server, oldest first. */
  snapshotsOf(serverId: string): Snapshot[] {
    return [...this.snapshots.values()].filter((s) => s.server_id === serverId);
  }
}
