/**
 * Generates server/simulator/documented-data.ts: every REST endpoint the SCP
 * open API document describes, so the simulator can answer 501 ("documented
 * but not implemented") instead of 404 for the ones it lacks.
 *
 *   npx tsx scripts/gen-documented-endpoints.ts [seed.txt] [--check]
 *
 * The seed defaults to ../shared/seed/000_8c0a1546f2dc6205.txt (beside the
 * repository). The output is committed because the seed is not shipped with
 * the simulator. `--check` only reports whether the committed file is stale.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOST_TABLES, ROW_VARIANTS, SAMPLE_MISPRINTS, matchesTemplate, sampleUrls } from './lib/seed-gaps';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_SEED = resolve(REPO, '../shared/seed/000_8c0a1546f2dc6205.txt');
const OUT = resolve(REPO, 'server/simulator/documented-data.ts');

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const;
const ROW = new RegExp(`^(${METHODS.join('|')})\\t([^\\t]*)\\t(.*)$`);
// Most tables say "PATH", but Cinder's version tables say "URL" (absolute cells) and keystone's tenants table "URI".
const TABLE_HEADER = /^REST VERB\t(PATH|URL|URI)\t描述\s*$/;
/** A method cell followed by something path-like; the method glossary tables (`GET\t查询类请求`) are not. */
const PATHLIKE_ROW = /^(GET|POST|PUT|DELETE|PATCH)\t\s*(\/|https?:|<code>|\w+\/)/;
const HEADING = /^(\d+(?:\.\d+)*)\.\s+(\S.*)$/;
/** The classic-router rows print a bare path; every sample sends it under this prefix. */
const JANUS_PREFIX = '/janus/20180725';

interface Row {
  method: string;
  path: string;
  line: number;
  title: string;
  /** Why `path` differs from what the table prints, for a comment in the output. */
  note?: string;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Scheme, host and `<code>` wrappers are layout, not path; `[x]` is the document's other way of writing `{x}`. */
function cleanPath(cell: string): string {
  let p = cell.replace(/<\/?code>/g, '').replace(/\s+/g, '');
  p = p.replace(/^https?:\/\/[^/]+/, '');
  p = p.replace(/\[(\w[\w-]*)\]/g, '{$1}');
  if (!p.startsWith('/')) p = `/${p}`;
  // A trailing slash is not a different endpoint (the router ignores it too), so `/servers/` and `/servers` must dedupe.
  if (p.length > 1) p = p.replace(/\/+$/, '');
  return p;
}

const isParam = (seg: string): boolean => /^\{[^{}/]+\}$/.test(seg);
const segments = (p: string): string[] => p.split('/').filter(Boolean);

/**
 * OpenStack rows print paths relative to the module's "Endpoint:", except the
 * version rows, which the document itself says are not Endpoint + path (they
 * hang off the service root, e.g. /openstack/volume/{api-version}).
 */
function isVersionRow(title: string, rel: string): boolean {
  if (!title.includes('版本')) return false;
  return segments(rel).every((s) => isParam(s) || s === 'api_version' || /^v\d+(\.\d+)?$/.test(s));
}

/** `/openstack/volume/v2/{project_id}` → `/openstack/volume`: the part before the API version. */
function serviceRoot(endpoint: string): string {
  const segs = segments(endpoint);
  const v = segs.findIndex((s) => /^v\d+(\.\d+)?$/.test(s));
  return `/${(v < 0 ? segs : segs.slice(0, v)).join('/')}`;
}

interface Doc {
  lines: string[];
  /** Index of the first line of the OpenStack part; janus before it. */
  openstackStart: number;
  headings: Map<string, string>;
}

function loadDoc(seedPath: string): Doc {
  const lines = readFileSync(seedPath, 'utf8').split(/\r?\n/);
  const openstackStart = lines.findIndex((l) => l.trim() === 'OpenStack-API接口说明文档');
  if (openstackStart < 0) throw new Error('OpenStack part heading not found; is this the SCP document?');
  const headings = new Map<string, string>();
  lines.forEach((l, i) => {
    const m = HEADING.exec(l);
    if (m && i < openstackStart && !headings.has(m[1])) headings.set(m[1], collapse(m[2]));
  });
  return { lines, openstackStart, headings };
}

/** Every row under a `REST VERB | PATH | 描述` header, with the 1-based line it is printed on. */
function tableRows(doc: Doc): { row: Row; index: number; cell: string }[] {
  const out: { row: Row; index: number; cell: string }[] = [];
  const consumed = new Set<number>();
  doc.lines.forEach((l, i) => {
    if (!TABLE_HEADER.test(l)) return;
    for (let j = i + 1; j < doc.lines.length; j++) {
      const m = ROW.exec(doc.lines[j]);
      if (!m) break;
      consumed.add(j);
      out.push({ row: { method: m[1], path: '', line: j + 1, title: collapse(m[3]) }, index: j, cell: m[2] });
    }
  });
  // A row outside a recognised table would silently go missing; fail instead so the parser gets fixed.
  doc.lines.forEach((l, i) => {
    if (PATHLIKE_ROW.test(l) && !consumed.has(i)) {
      throw new Error(`line ${i + 1}: endpoint row outside a REST VERB table: ${l}`);
    }
  });
  return out;
}

function janusRows(doc: Doc, rows: ReturnType<typeof tableRows>): Row[] {
  const out: Row[] = [];
  for (const { row, index, cell } of rows) {
    if (index >= doc.openstackStart) continue;
    const path = cleanPath(cell);
    out.push({ ...row, path });
    if (!path.startsWith('/janus/')) {
      out.push({ ...row, path: JANUS_PREFIX + path, note: `table prints ${path} without the janus prefix` });
    }
  }
  return out;
}

/**
 * Endpoints described only in prose ("- 请求地址" / "- 请求方法" blocks),
 * which is how the document introduces POST /janus/authenticate.
 */
function proseRows(doc: Doc): Row[] {
  const out: Row[] = [];
  const nextText = (from: number): number => {
    let k = from;
    while (k < doc.lines.length && doc.lines[k].trim() === '') k++;
    return k;
  };
  for (let i = 0; i < doc.openstackStart; i++) {
    if (doc.lines[i].trim() !== '- 请求地址') continue;
    const u = nextText(i + 1);
    const url = /^`?https?:\/\/[^/\s`]+(\/janus\/[^\s`?]*)`?$/.exec(doc.lines[u].trim());
    const h = nextText(u + 1);
    if (!url || doc.lines[h].trim() !== '- 请求方法') continue;
    const method = doc.lines[nextText(h + 1)].trim();
    if (!(METHODS as readonly string[]).includes(method)) continue;
    out.push({ method, path: cleanPath(url[1]), line: u + 1, title: proseTitle(doc, i) });
  }
  return out;
}

/** The prose sits under a "sample" subheading; its parent heading names the operation. */
function proseTitle(doc: Doc, index: number): string {
  for (let k = index; k >= 0; k--) {
    const m = HEADING.exec(doc.lines[k]);
    if (!m) continue;
    const parent = m[1].split('.').slice(0, -1).join('.');
    return doc.headings.get(parent) ?? collapse(m[2]);
  }
  return '';
}

/** Operations whose URI table the document lost (scripts/lib/seed-gaps.ts): located by their request sample. */
function lostTableRows(doc: Doc): Row[] {
  return LOST_TABLES.map((lost) => {
    const at = sampleUrls(doc.lines, doc.openstackStart).filter((u) => u.path === lost.samplePath);
    if (at.length !== 1) throw new Error(`lost table ${lost.method} ${lost.samplePath}: expected its sample once, found ${at.length}`);
    return { method: lost.method, path: lost.samplePath, line: at[0].line, title: lost.title, note: 'no URI table in the document: the line of its request sample (scripts/lib/seed-gaps.ts)' };
  });
}

/** The documented variants of printed rows (scripts/lib/seed-gaps.ts); each must name a row that exists. */
function variantRows(rows: Row[]): Row[] {
  return ROW_VARIANTS.map((v) => {
    const row = rows.find((r) => r.method === v.method && r.path === v.row && (!v.title || r.title === v.title));
    if (!row) throw new Error(`variant ${v.method} ${v.path}: no row ${v.method} ${v.row}`);
    return { ...row, path: v.path, note: `table prints ${v.row}; ${v.why}` };
  });
}

/** Fails on a janus sample URL that no endpoint explains: a lost URI table, or a misprint to review. */
function checkSamples(doc: Doc, rows: Row[]): void {
  for (const { path, line } of sampleUrls(doc.lines, doc.openstackStart)) {
    if (path in SAMPLE_MISPRINTS || rows.some((r) => matchesTemplate(r.path, path))) continue;
    throw new Error(`line ${line}: sample ${path} matches no documented endpoint; add it to scripts/lib/seed-gaps.ts`);
  }
}

function openstackRows(doc: Doc, rows: ReturnType<typeof tableRows>): Row[] {
  const modules: { start: number; name: string; endpoint?: string }[] = [];
  for (let i = doc.openstackStart; i < doc.lines.length; i++) {
    const m = /^4\.\d+\.\s+(\w+)\s*$/.exec(doc.lines[i]);
    if (m) modules.push({ start: i, name: m[1] });
    const e = /^Endpoint:\s*https?:\/\/[^/\s]+(\/\S*)/.exec(doc.lines[i]);
    if (e && modules.length) modules[modules.length - 1].endpoint = e[1].replace(/\/+$/, '');
  }
  const out: Row[] = [];
  for (const { row, index, cell } of rows) {
    if (index < doc.openstackStart) continue;
    const mod = [...modules].reverse().find((m) => m.start < index);
    if (!mod) throw new Error(`line ${row.line}: OpenStack row before any module heading`);
    const printed = cell.replace(/<\/?code>/g, '').trim();
    const rel = cleanPath(cell);
    let path: string;
    if (/^https?:\/\//.test(printed)) {
      path = rel;
    } else if (isVersionRow(row.title, rel)) {
      const base = mod.endpoint ?? exampleBase(doc, index, rel);
      const param = segments(rel).filter((s) => isParam(s) || s === 'api_version').pop();
      // The detail row names its version segment; a bare `api_version` (gnocchi) is a parameter missing its braces.
      path = serviceRoot(base) + (param ? `/${isParam(param) ? param : `{${param}}`}` : '');
    } else {
      path = (mod.endpoint ?? exampleBase(doc, index, rel)) + rel;
    }
    out.push({ ...row, path, note: `${mod.name} table prints ${printed}` });
  }
  return out;
}

/**
 * The extensions module has no "Endpoint:" line; each row is followed by a
 * concrete `url示例`, so the base is that URL minus the row's own segments.
 */
function exampleBase(doc: Doc, index: number, rel: string): string {
  const relSegs = segments(rel);
  for (let k = index + 1; k < doc.lines.length && !TABLE_HEADER.test(doc.lines[k]); k++) {
    const m = /https?:\/\/[^/\s<>]+(\/[^\s<>?]*)/.exec(doc.lines[k]);
    if (!m) continue;
    const segs = segments(m[1]);
    const tail = segs.slice(segs.length - relSegs.length);
    if (tail.length === relSegs.length && relSegs.every((s, n) => isParam(s) || s === tail[n])) {
      return `/${segs.slice(0, segs.length - relSegs.length).join('/')}`;
    }
  }
  throw new Error(`line ${index + 1}: no Endpoint and no url example to resolve ${rel}`);
}

/** One entry per (method, path); the first printing keeps its line, repeated titles are kept because they differ in meaning. */
function dedupe(rows: Row[]): Row[] {
  const byKey = new Map<string, Row>();
  for (const r of rows) {
    const key = `${r.method} ${r.path}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...r });
    else if (!seen.title.split(' / ').includes(r.title)) seen.title += ` / ${r.title}`;
  }
  return [...byKey.values()].sort((a, b) => a.line - b.line || a.path.localeCompare(b.path));
}

const quote = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function render(rows: Row[], seedName: string): string {
  const janus = rows.filter((r) => !r.path.startsWith('/openstack/')).length;
  const body = rows
    .map((r) => {
      const entry = `  { method: ${quote(r.method)}, path: ${quote(r.path)}, line: ${r.line}, title: ${quote(r.title)} },`;
      return r.note ? `${entry} // ${r.note}` : entry;
    })
    .join('\n');
  return `// Generated by scripts/gen-documented-endpoints.ts from ${seedName}; do not edit by hand.
// ${janus} janus and ${rows.length - janus} OpenStack endpoints, deduplicated by (method, path).
import type { DocumentedEndpoint } from './documented-endpoint';

/** The document's endpoints in document order; \`line\` is the 1-based line of the table row (of the URL for /janus/authenticate and the sample-only POST /backup-resources). */
export const DOCUMENTED_ENDPOINT_DATA: readonly DocumentedEndpoint[] = [
${body}
];
`;
}

function main(): void {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const seedArg = args.find((a) => !a.startsWith('--'));
  const seed = seedArg ? resolve(process.cwd(), seedArg) : DEFAULT_SEED;
  if (!existsSync(seed)) throw new Error(`seed not found: ${seed} (pass its path as the first argument)`);
  const doc = loadDoc(seed);
  const rows = tableRows(doc);
  const janus0 = [...janusRows(doc, rows), ...proseRows(doc), ...lostTableRows(doc)];
  const janusAll = [...janus0, ...variantRows(janus0)];
  checkSamples(doc, janusAll);
  const all = dedupe([...janusAll, ...openstackRows(doc, rows)]);
  const text = render(all, seed.split('/').pop() ?? seed);
  const janus = all.filter((r) => !r.path.startsWith('/openstack/')).length;
  const summary =
    `${rows.filter((r) => r.index < doc.openstackStart).length} janus table rows + ${proseRows(doc).length} prose + ${LOST_TABLES.length} without a table, ` +
    `${rows.filter((r) => r.index >= doc.openstackStart).length} OpenStack table rows -> ` +
    `${janus} janus + ${all.length - janus} OpenStack endpoints`;
  if (check) {
    const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
    if (current !== text) {
      console.error(`${relative(REPO, OUT)} is stale (${summary}); rerun without --check`);
      process.exit(1);
    }
    console.log(`${relative(REPO, OUT)} is up to date (${summary})`);
    return;
  }
  writeFileSync(OUT, text);
  console.log(`wrote ${relative(REPO, OUT)}: ${summary}`);
}

main();
