import type { RouteSpec } from '../../http/context';
import { projectAzRoutes } from './azs';
import { projectCreateRoutes } from './create';
import { projectDeleteRoutes } from './delete';
import { projectEditRoutes } from './edit';
import { projectQueryRoutes } from './queries';
import { roleRoutes } from './roles';
import { userRoutes } from './users';

/** Tenants (projects), their AZs, users and roles (catalog §4.4–§4.6). */
export function projectRoutes(): RouteSpec[] {
  return [
    ...projectQueryRoutes(), ...projectCreateRoutes(), ...projectEditRoutes(), ...projectDeleteRoutes(), ...projectAzRoutes(),
    ...userRoutes(), ...roleRoutes(),
  ];
}
