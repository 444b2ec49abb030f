import type { Store } from './store';
import { isoTime } from './time';
import type { User } from './types';

/** Adds a user with its own role record (SCP gives each tenant admin a role in its project). */
export function addUser(store: Store, u: Omit<User, 'id' | 'role_id' | 'created_at' | 'real_name' | 'enabled' | 'mail' | 'phone'>, now: number): User {
  const roleId = store.ids.uuid();
  store.roles.set(roleId, {
    id: roleId, name: u.role_type === 'admin' ? '平台管理员' : '租户管理员', type: u.role_type,
    type_name: u.role_type === 'admin' ? '平台管理员' : '租户管理员', description: '', project_id: u.project_id,
    permissions: u.role_type === 'admin' ? ['PERM_ALL'] : ['PERM_TENANT_ALL'],
  });
  const user: User = { ...u, id: store.ids.hex(32), role_id: roleId, real_name: u.name, enabled: true, mail: `${u.name}@example.com`, phone: '13800000000', created_at: isoTime(now) };
  store.addUser(user);
  return user;
}
