/**
 * The places where the SCP document describes a janus operation without a
 * `REST VERB | PATH | 描述` row, and the request samples that print a path no
 * row has. The lists are reviewed by hand: the endpoint generator fails on any
 * sample URL that neither a row nor these lists explain, so a lost table cannot
 * go unnoticed again.
 */

/** An operation whose URI table the document lost: only its request sample and later subsections remain. */
export interface LostTable {
  method: string;
  /** The sample's path exactly as printed (no host); it must occur in the janus part. */
  samplePath: string;
  /** The operation's name, from the appendix summary table (§5.2), since its own heading is lost too. */
  title: string;
  /** Why this method, since the document never prints one. */
  why: string;
}

export const LOST_TABLES: readonly LostTable[] = [
  {
    method: 'POST',
    samplePath: '/janus/20180725/backup-resources',
    title: '创建备份资源',
    why: '§4.27.2 lost its heading and URI table; what remains is a JSON request body (server_id, lock_time, type), '
      + 'a response of task_id and a new resource_id, and the appendix entry 348 创建备份资源: a create, so POST',
  },
];

/**
 * Rows whose printed path is not the whole story: the section's parameter
 * table and request sample add a path parameter the row leaves out, or the
 * sample spells the path the other documented way. Both the row and the
 * variant are documented; the generator keeps both, as it does for the
 * classic-router rows printed without the janus prefix.
 */
export interface RowVariant {
  method: string;
  /** The row's path as printed. */
  row: string;
  /** The row's title, where two rows print the same method and path. */
  title?: string;
  /** The path the rest of the section documents. */
  path: string;
  why: string;
}

export const ROW_VARIANTS: readonly RowVariant[] = [
  { method: 'DELETE', row: '/janus/20180725/banners', path: '/janus/20180725/banners/{banner_id}', why: 'its parameter table has banner_id in the path, and the sample sends it there' },
  { method: 'PUT', row: '/janus/20180725/snapshots/policies', path: '/janus/20180725/snapshots/policies/{snapshot_policy_id}', why: 'its parameter table has snapshot_policy_id in the path, and the sample sends it there' },
  { method: 'DELETE', row: '/janus/20180725/snapshots/policies', path: '/janus/20180725/snapshots/policies/{snapshot_policy_id}', why: 'its parameter table has snapshot_policy_id in the path, and the sample sends it there' },
  { method: 'GET', row: '/janus/20180725/floatingipools', path: '/janus/20180725/floatingippools', why: 'its sample spells floatingippools, as other pool rows do' },
  { method: 'POST', row: '/janus/20180725/floatingipools', path: '/janus/20180725/floatingippools', why: 'its sample spells floatingippools, as other pool rows do' },
  { method: 'POST', row: '/janus/20190725/iam-policies', title: '批量删除IAM策略', path: '/janus/20190725/iam-policies/bulk-delete', why: 'the row repeats the create path; its sample sends the bulk delete to …/bulk-delete' },
];

/** Sample paths that are misprints, not endpoints, with what is wrong. */
export const SAMPLE_MISPRINTS: Readonly<Record<string, string>> = {
  '/janus/20180725/janus/20180725/custom-attributes/bindings': 'the prefix printed twice',
};

/** A request path matches a template when every `{x}` stands for one non-empty segment. */
export function matchesTemplate(template: string, path: string): boolean {
  const t = template.split('/');
  const p = path.split('/');
  return t.length === p.length && t.every((seg, i) => (/^\{[^{}/]+\}$/.test(seg) ? p[i] !== '' : seg === p[i]));
}

/** Every janus path printed in a URL (`https://{SCP_IP}/janus/…`) in the given lines, with its 1-based line. */
export function sampleUrls(lines: readonly string[], end: number): { path: string; line: number }[] {
  const out: { path: string; line: number }[] = [];
  const url = /https?:\/\/[^/\s`]+(\/janus\/[^\s`?<>"'\]]*)/g;
  for (let i = 0; i < end; i++) {
    for (const m of lines[i].matchAll(url)) out.push({ path: m[1].replace(/[/,)]+$/, ''), line: i + 1 });
  }
  return out;
}
