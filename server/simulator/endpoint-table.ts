import { DOCUMENTED_ENDPOINTS } from './documented';
import { allRoutes } from './resources';

const ROLE_LABEL: Record<string, string> = { admin: 'admin', tenant: 'tenant', member: 'sub-account' };

/** The Markdown table of implemented endpoints, from the route table itself. */
export function endpointTableMarkdown(): string {
  const rows: string[] = [];
  for (const spec of allRoutes()) {
    for (const path of spec.paths) {
      const roles = spec.public ? 'anyone (no auth)' : spec.roles.map((r) => ROLE_LABEL[r]).join(', ');
      rows.push(`| ${spec.method} | \`${path}\` | ${roles} | ${spec.summary} |`);
    }
  }
  rows.sort((a, b) => a.split('|')[2].localeCompare(b.split('|')[2]) || a.localeCompare(b));
  const janus = DOCUMENTED_ENDPOINTS.filter((e) => e.path.startsWith('/janus')).length;
  return [
    `${rows.length} implemented routes; every other of the ${janus} documented janus endpoints answers 501 naming itself.`,
    '',
    '| method | path | roles | what |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}
