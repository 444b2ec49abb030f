/** API versions under which SCP documents an endpoint of the servers group (catalog §4.8.1). */
export type ApiVersion = '20180725' | '20190725' | '20200725' | '20210725' | '20220725';

/** `/janus/{v}/servers{suffix}` for each version, e.g. `serverPaths(['20180725'], '/{server_id}/start')`. */
export function serverPaths(versions: readonly ApiVersion[], suffix = ''): string[] {
  return versions.map((v) => `/janus/${v}/servers${suffix}`);
}

/** The version segment of a matched request path, so one handler can serve several versions. */
export function versionOf(path: string): ApiVersion {
  const m = /^\/janus\/(\d{8})\//.exec(path);
  return (m?.[1] ?? '20180725') as ApiVersion;
}
