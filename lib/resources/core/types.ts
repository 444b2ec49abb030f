import type { QueryKey } from '@tanstack/react-query';
import type { MessageKey, MessageValues } from '@/lib/i18n';
import type { z } from 'zod';
import type { ConsolePage, ConsoleRole, ScpOperationEntry } from '@/lib/scp';
import type { SessionUser } from '@/lib/session-client/session-api';
import type { QuotaNeeds } from '../quotas/needs';
import type { ResourceKeys } from './keys';

/*
 * The shape of a resource declaration (architecture principle 1). A resource
 * says once, as data and small functions, what its list shows, how it is
 * filtered and sorted, which statuses it passes through and what can be done
 * to it; the generic views in components/resource render any declaration.
 */

/** Whether an action may run, and if not, why: its state, the user's role, or a quota. */
export type Verdict = { ok: true } | { ok: false; why: 'state' | 'role' | 'quota'; reason: MessageKey; values?: MessageValues };

/** The verdict of an action that may run. */
export const ALLOWED: Verdict = { ok: true };

/** A verdict refusing an action, with the message that says why. */
export function refuse(why: 'state' | 'role' | 'quota', reason: MessageKey, values?: MessageValues): Verdict {
  return { ok: false, why, reason, values };
}

/**
 * What one table cell shows, as data: the list view formats it for the UI
 * language. Declarations stay free of React and of the locale.
 */
export type Cell =
  | { kind: 'text'; text: string | null | undefined; mono?: boolean }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'status'; status: string }
  | { kind: 'sizeMb'; mb: number | null | undefined }
  | { kind: 'datetime'; value: string | null | undefined }
  | { kind: 'lines'; lines: readonly string[]; mono?: boolean }
  /** `valueKeys` are values that are messages themselves (on/off), said in the UI language first. */
  | { kind: 'message'; key: MessageKey; values?: MessageValues; valueKeys?: Readonly<Record<string, MessageKey>> }
  /** A bar for a ratio (0–1) with the figures it comes from; `mb` values are sizes, formatted into the detail's values. */
  | { kind: 'meter'; ratio: number | null | undefined; detail?: { key: MessageKey; values?: MessageValues; mb?: Readonly<Record<string, number | null | undefined>> } }
  /** Links to other pages about the item, each labelled by a message key (a tenant's quotas, its servers). */
  | { kind: 'links'; links: readonly { key: MessageKey; href: string }[] };

/** A column of the list view. */
export interface Column<T> {
  id: string;
  labelKey: MessageKey;
  /** SCP's sort field when the column can be sorted by the server. */
  sort?: string;
  /** Left out until the user picks it in the column chooser. */
  hiddenByDefault?: boolean;
  /** Always shown (the column that names the item). */
  required?: boolean;
  /** Roles that get the column; everyone when unset. */
  roles?: readonly ConsoleRole[];
  cell: (item: T) => Cell;
}

/** A choice of a select filter: a fixed label key, or a name from SCP. */
export interface FilterOption {
  value: string;
  labelKey?: MessageKey;
  label?: string;
  /** A second line (a form's choice cards) or parenthesis (its selects): a name from SCP, or words. */
  note?: string | Message;
  /** Values a form sets along with this choice, for fields and rules that depend on it (the chosen image's format). */
  sets?: Readonly<Record<string, string>>;
}


/** A cached read: the query client's fetchQuery, so option loaders share answers with other views. */
export type CachedRead = <R>(options: { queryKey: QueryKey; queryFn: (ctx: { signal: AbortSignal }) => Promise<R>; staleTime?: number }) => Promise<R>;

/** What an option loader gets. */
export interface LoadContext {
  read: CachedRead;
}

/**
 * A filter of the list view. Its `param` is both the URL's and the console
 * API's query parameter, so a link reproduces the view.
 */
export interface Filter {
  param: string;
  labelKey: MessageKey;
  kind: 'select' | 'search';
  /** Fixed choices. */
  options?: readonly FilterOption[];
  /**
   * Choices read from the console when the control is first used, not when the
   * page opens: a page view costs the list request and nothing else.
   */
  load?: { key: QueryKey; fetch: (ctx: LoadContext) => Promise<FilterOption[]> };
  /** Roles that get the filter; everyone when unset. */
  roles?: readonly ConsoleRole[];
  /** Whether a value from the URL is acceptable (an invalid one is dropped, not sent). */
  accepts?: (value: string) => boolean;
}

/** How statuses read and behave. */
export interface StatusModel<T> {
  of: (item: T) => string;
  /** The label key of a status; undefined for a status SCP added later (shown verbatim). */
  labelKey: (status: string) => MessageKey | undefined;
  tone: (status: string) => StatusTone;
  /** Statuses a task is working through: lists refresh fast while one is visible. */
  transitional: ReadonlySet<string>;
}

/** The colour family of a status badge. */
export type StatusTone = 'ok' | 'off' | 'busy' | 'warn' | 'bad';

/** What an action run gives back: the task it started, when there is one. */
export interface ActionResult {
  taskId?: string;
  /** Other objects the task changes (the server a snapshot recovery resets): their views show its progress too. */
  affects?: string[];
  /** Work that waits for the task to finish well; its tasks show in the tray too. */
  followUp?: FollowUp;
  /** The item's name as the tray shows it, when the action changes it (a rename): the name it had when unset. */
  name?: string;
}

/**
 * Requests SCP only takes once a task has finished (an admin's clone handed to
 * the source's tenant, once the clone exists): one task per step.
 */
export interface FollowUp {
  /** The tray's label of the steps' tasks. */
  labelKey: MessageKey;
  /** Said when the follow-up does not happen (the first task did not finish well, or a step was refused); gets {name}. */
  failedKey: MessageKey;
  /** Each object a step acts on (of the action's kind), and the request that starts its task. */
  steps: readonly { id: string; name: string; start: () => Promise<{ taskId?: string }> }[];
}

/** A task a bulk run started, found after the fact: its id and the items (row keys) it works on. */
export interface FoundTask {
  taskId: string;
  objectIds: readonly string[];
}

/**
 * What a bulk run gives back. SCP answers some bulk requests without task ids
 * (`POST /servers/action` is a bare 204); `findTasks` looks for the tasks it
 * started, and answers none when it cannot tell within a few seconds.
 */
export interface BulkResult {
  findTasks?: () => Promise<FoundTask[]>;
}

/** What an action run gets: the X-Client-Token of this attempt (the same on a retry of it), and its form's values. */
export interface ActionContext {
  clientToken: string;
  values?: Record<string, string>;
  /** A file the action sends (an image upload), with its progress and a way to cancel it. */
  file?: Blob;
  onProgress?: (progress: { sent: number; total: number }) => void;
  signal?: AbortSignal;
}

/** A problem with one form field, as a message key. */
export interface FieldError {
  key: MessageKey;
  values?: MessageValues;
}

/** The form an action asks for before it runs (a snapshot's name, a new password…). */
export interface ActionForm<T> {
  titleKey: MessageKey;
  /** The title's values for this item (`{name}`). */
  titleValues?: (item: T) => MessageValues;
  /** The dialog's test id; `action-form-dialog` when unset. */
  testId?: string;
  /** The submit button's label; the action's own when unset. */
  submitKey?: MessageKey;
  /** The title of its failure; "{action} failed" when unset. */
  failedKey?: MessageKey;
  /** A wide dialog, for forms with long values or several choices a line. */
  wide?: boolean;
  fields: readonly FormField[];
  initial: (item: T) => Record<string, string>;
  /**
   * What this item and person add to the form, if anything: a notice said
   * before submit, and fields after the others with their starting values (an
   * admin cloning a tenant's server is told whose the clone is, and may hand it over).
   */
  extra?: (item: T, session: SessionUser) => FormExtra | undefined;
  /** Reads the starting values when the list item does not hold them (details SCP's list leaves out); the form waits for them. */
  load?: (item: T, signal: AbortSignal) => Promise<Record<string, string>>;
  /** Problems by field name; none: the action may run. */
  check: (values: Record<string, string>, item: T) => Record<string, FieldError>;
  /** The field a console API error's `fields[].field` is about, when it is not a field's name (`memory_mb` → `memoryGb`). */
  fieldOf?: (field: string) => string | undefined;
  /** Sentences said after the fields about the values typed (a total, a rule they break); one that `blocks` keeps the form from being sent. */
  notes?: (values: Record<string, string>, item: T) => readonly FormNote[];
  /** What the values take from the tenant's quota: shown beside the form, which is not sent while they do not fit. */
  quota?: (values: Record<string, string>, item: T) => FormQuota;
  /** The form sends a file (its `file` field reaches `run` as ActionContext.file), with progress and a Cancel. */
  upload?: FormUpload;
}

/**
 * A form that sends the file of one of its `file` fields, with its progress
 * and a Cancel; a cancel or failure is said (what stays, under a failure),
 * and the submit button then reads Retry, which sends the file again with the same X-Client-Token.
 */
export interface FormUpload {
  /** The file field whose file is sent. */
  field: string;
  /** The progress line: gets {sent} and {total} (sizes) and {percent}. */
  progressKey: MessageKey;
  cancelKey: MessageKey;
  cancelledKey: MessageKey;
  retryKey: MessageKey;
  /** The title of the sending's failure, and what is said under it (the record stays). */
  failedKey: MessageKey;
  keptKey?: MessageKey;
}

/**
 * A create whose object then takes a file (an image: its record, then its
 * file): two requests, each with its own X-Client-Token and task. Once the
 * object exists its fields are locked, and Retry sends only the file again.
 */
export interface CreateUpload extends FormUpload {
  /** Said while the object is being made. */
  creatingKey: MessageKey;
  /** The task tray's label of the file's task. */
  taskKey: MessageKey;
  /** Sends the file (ctx.file, with its progress and signal) to the object made. */
  send: (object: { id: string; name: string }, ctx: ActionContext) => Promise<{ taskId?: string }>;
}

/** See ActionForm.quota: the tenant and AZ whose quota rows are read, what the values need, and what is said when they do not fit. */
export interface FormQuota {
  projectId: string;
  azId: string;
  needs: QuotaNeeds;
  /** Storage tags' names, for the lines of tags SCP's quota rows do not name. */
  tagNames?: Record<string, string>;
  shortKey: MessageKey;
}

/** See ActionForm.extra. */
export interface FormExtra {
  notice?: { key: MessageKey; values?: MessageValues };
  fields?: readonly FormField[];
  initial?: Record<string, string>;
}

/** Something a user can do to an item (start, stop, delete…). */
export interface Action<T> {
  id: string;
  labelKey: MessageKey;
  /** Destructive or interrupting: asks for confirmation in a dialog first. */
  confirm?: { titleKey: MessageKey; bodyKey: MessageKey; bulkBodyKey?: MessageKey; danger?: boolean };
  /** Asks for input first; its values reach `run` in the context. */
  form?: ActionForm<T>;
  allowed: (item: T, session: SessionUser) => Verdict;
  run: (item: T, ctx: ActionContext) => Promise<ActionResult>;
  /** The task tray's label of the task it starts; the action's own when unset. */
  taskKey?: MessageKey;
  /** Runs it for several items in one request; without it the action is not a bulk action. */
  runMany?: (items: T[], ctx: ActionContext) => Promise<BulkResult | void>;
}

/** What a list fetch may use besides its query: cached reads (to name the AZs or tenants its items point at) and who is looking. */
export interface ListContext extends LoadContext {
  session: SessionUser;
}

/** Where a list comes from. */
export interface ListSource<T> {
  /** Prefix of every query of the resource, invalidated when one of its tasks ends. */
  all: QueryKey;
  key: (query: Record<string, string | number>) => QueryKey;
  fetch: (query: Record<string, string | number>, signal: AbortSignal, ctx: ListContext) => Promise<ConsolePage<T>>;
}

/** A form field as data; components/forms renders it. */
export interface FormField {
  name: string;
  labelKey: MessageKey;
  /**
   * A checkbox's value is '1' (on) or '0'; a select's or cards', the chosen option's value; checkboxes', the ticked
   * choices' values comma-separated in the choices' order; rows', their JSON (core/rows.ts).
   * A file field holds no value: its File stays beside the values (core/files.ts).
   */
  kind: 'text' | 'textarea' | 'number' | 'password' | 'checkbox' | 'select' | 'checkboxes' | 'cards' | 'rows' | 'file';
  /** A file field's check of the file chosen (none: undefined), against the values (the disk format); it may read the file. */
  file?: { check: (file: File | undefined, values: Record<string, string>) => Promise<FieldError | undefined> };
  /** A select's or cards' fixed choices (instead of `choices`). */
  options?: readonly FilterOption[];
  /** A rows field's table. */
  rows?: RowsSpec;
  /** Shown only for these values (an ISO image's system disk, the VPC to pick for a server without one); always when unset. A hidden field keeps its value. */
  when?: (values: Record<string, string>) => boolean;
  /** Fields of one `group`, next to each other, share a line. */
  group?: string;
  /** The hint's values. */
  hintValues?: MessageValues;
  /** What the form says after the field about the values, worked out at once (the total of cores); nothing when null. */
  say?: (values: Record<string, string>) => (Message & { testId?: string; boxed?: boolean }) | null;
  /** A select's, checkboxes' or cards' choices for the form's current values (a server's NICs depend on the server chosen); null while they cannot be known yet. */
  choices?: (values: Record<string, string>) => { key: QueryKey; fetch: (ctx: LoadContext & { signal: AbortSignal }) => Promise<FilterOption[]> } | null;
  /** Must not be left empty (while shown). */
  required?: boolean;
  /** Fields emptied when this one changes, because their choices depend on it. */
  clears?: readonly string[];
  /** A select's empty choice. */
  placeholderKey?: MessageKey;
  /** Shown after the input (GB, cores…). */
  unitKey?: MessageKey;
  min?: number;
  max?: number;
  hintKey?: MessageKey;
  /** The control's test id. */
  testId?: string;
  /** A select's empty choice while its choices cannot be known (`choices` gives null): what to choose first. */
  unknownKey?: MessageKey;
  /** Said under a select whose choices were read and are none (a tenant without AZs). */
  emptyHintKey?: MessageKey;
  /** Checkboxes: said while their choices are read, and when they cannot be (the generic words when unset). */
  choicesKeys?: { loading: MessageKey; failed: MessageKey };
  /** A button after the field that fills others from the values (a subnet's gateway and pools from its CIDR); disabled while `of` gives null. */
  fill?: { labelKey: MessageKey; of: (values: Record<string, string>) => Record<string, string> | null };
  /** What the form says after the field about the values, read through the cache (the AZ's VPC already there). */
  note?: FieldNote;
}

/** A sentence by its message key; a value may be a sentence too, and those in `sizesMb` are sizes in MB, said in the UI language ("40 GB"). */
export interface Message {
  key: MessageKey;
  values?: Readonly<Record<string, string | number | Message>>;
  sizesMb?: Readonly<Record<string, number | null | undefined>>;
}

/** One row of a rows field: its values by name, as typed (see core/rows.ts). */
export type Row = Readonly<Record<string, string>>;

/**
 * A table of rows (a server's disks), each a few sub-fields, with buttons to
 * add and remove rows. A row the item has (`old` '1') is not dropped when
 * removed but marked (`removed` '1') and may be kept again until the form is
 * sent; a new row just goes. Row errors are named by core/rows.ts `rowErrorName`;
 * the field's own error (nothing changed) is said under the table.
 */
export interface RowsSpec {
  /** The row value naming a row, unique in the table (a disk's id). */
  key: string;
  /** Test ids: each row's (with a `data-<attribute>` of its key), the buttons', the table error's, a fixed row's reason's. */
  testIds: { row: string; attribute: string; add: string; remove: string; keep: string; error: string; fixed?: string };
  fields: readonly RowField[];
  /** The add button: whether a row may be added, and the row it adds. */
  add: { labelKey: MessageKey; allowed: (rows: readonly Row[], values: Record<string, string>) => Verdict; row: (rows: readonly Row[], values: Record<string, string>) => Row };
  /** The remove button of each row; `allowed` may refuse it (the system disk). */
  remove: { labelKey: MessageKey; allowed?: (row: Row) => Verdict };
  /** How a marked row reads (each line, struck through or not), the way back, and a choice it may carry (its data goes too). */
  removed?: { lines: (row: Row) => readonly { message: Message; struck?: boolean }[]; keepKey: MessageKey; option?: { name: string; labelKey: MessageKey; testId: string } };
  /** A row that may not change, shown as text with the reason (the NIC carrying the floating IP); undefined for the others. */
  fixed?: (row: Row, values: Record<string, string>) => { text: readonly (string | Message)[]; reason: Message } | undefined;
  /** Said when there are no rows. */
  emptyKey?: MessageKey;
  /** Said above the table for these values. */
  intro?: (values: Record<string, string>) => (Message & { testId?: string }) | null;
  /** Each row when another field clears this one (its `clears`): back as it was (a NIC on its own subnet). */
  reset?: (row: Row) => Row;
  /** The table is a group under the field's label (a legend), not under a heading of its own. */
  legend?: boolean;
}

/** A sub-field of each row. */
export interface RowField {
  name: string;
  kind: 'select' | 'number' | 'text';
  /** Its label; `index` is the row's place in the table (a new server's data disks are named by theirs). */
  label: (row: Row, index: number) => Message;
  /** The input's test id, by the row's place. */
  testId?: (index: number) => string;
  hint?: (row: Row) => Message | undefined;
  unitKey?: MessageKey;
  /** Refused: the input is read-only and says why instead of its hint (a shared disk's size is the volume's). */
  editable?: (row: Row) => Verdict;
  min?: (row: Row) => string | undefined;
  /** A select's choices for the form's values, as FormField's. */
  choices?: FormField['choices'];
  placeholder?: (row: Row) => MessageKey;
}

/** A sentence a form says about its values; one that `blocks` keeps a create form from being sent while it is said. */
export interface FormNote {
  key: MessageKey;
  values?: MessageValues;
  blocks?: boolean;
  testId?: string;
}

/**
 * A note read for the form's current values (see FormField.note). A create
 * form sent while its note is still being read waits for the answer, so a
 * blocking note is never missed; a note that cannot be read says nothing.
 */
export interface FieldNote {
  /** Said while it is being read for the first time. */
  checkingKey?: MessageKey;
  /** What to read for these values; null when they call for no note. `fetch` answers null when there is nothing to say. */
  of: (values: Record<string, string>) => { key: QueryKey; fetch: (ctx: LoadContext & { signal: AbortSignal }) => Promise<FormNote | null> } | null;
}

/** A labelled section of the navigation, the way SCP groups its pages. */
export type NavSection = 'compute' | 'network' | 'platform';

/** A page in the console's navigation, as its resource declares it; lib/nav assembles the navigation from these. */
export interface NavEntry {
  id: string;
  path: string;
  labelKey: MessageKey;
  /** The roles that may use the page: the one place that says so. */
  roles: readonly ConsoleRole[];
  /** Where it sits: entries are shown by ascending order. */
  order: number;
  /** The labelled section it sits in; a section of its own, without a label, when unset. */
  section?: NavSection;
}

/**
 * What a task acts on, as the task tray, the operation log and the
 * navigation know it. Each resource folder declares its own (`kind.ts`), the
 * declaration carries it, and lib/resources/kinds lists them all.
 */
export interface ResourceKind {
  /** The console's word for it, also the tray's object kind (`server`). */
  kind: string;
  /** SCP's localized name for it (`云主机`): shown verbatim, and the operation log's `object_type` filter value. */
  objectType: string;
  /** The console page of one object, when the console has one. */
  href?: (id: string) => string;
  /** Query prefixes a finished task on one makes stale. */
  invalidate: readonly QueryKey[];
  /** Its own query keys (core/keys), for a kind declared after lib/query-keys stopped growing. */
  keys?: ResourceKeys;
  /** Its page in the navigation, when it has one of its own. */
  nav?: NavEntry;
}

/** A resource as the generic views use it: its kind (spread in from its `kind.ts`) and the rest. */
export interface ResourceDeclaration<T> extends ResourceKind {
  /** The schema SCP's items are parsed with (at the console's boundary), and the registry entries the resource uses. */
  scp?: { item: z.ZodType; operations: Readonly<Record<string, ScpOperationEntry>> };
  rowKey: (item: T) => string;
  nameOf: (item: T) => string;
  list: ListSource<T>;
  columns: readonly Column<T>[];
  filters: readonly Filter[];
  status: StatusModel<T>;
  actions: readonly Action<T>[];
  /** The actions that apply to one item (a row's menu); all of `actions` when unset. */
  actionsFor?: (item: T) => readonly Action<T>[];
  /** Page sizes offered; the first is the default. */
  pageSizes?: readonly number[];
  /** The list table's caption (for screen readers); the page's title is its nav entry's label. */
  captionKey?: MessageKey;
  /** Its create form: the list's toolbar offers it. */
  create?: CreateForm;
  /** Its detail page (`href(id)`), when it has one the generic view renders. */
  detail?: DetailView<T>;
}

/** What a create request gives back: the task it started, the object it made (to name in the tray), a sentence to say when it is done. */
export interface CreateResult {
  taskId?: string;
  object?: { id: string; name: string };
  done?: { key: MessageKey; values?: MessageValues };
  /** The objects whose views show the task's progress (every server of a count > 1); `object`'s when unset. */
  progressOn?: readonly string[];
}

/**
 * A resource's create form, as fields over the request schema of its registry
 * operation: the values typed become a body that the schema checks before it
 * is sent, and each issue shows under the field its path names. The generic
 * views render it as a toolbar button (refused with the reason `allowed`
 * gives) and a dialog that keeps what was typed on any error; sending again
 * after a failure reuses the attempt's X-Client-Token.
 */
export interface CreateForm {
  buttonKey: MessageKey;
  /** A create too big for a dialog has a page of its own (a wizard, lib/resources/core/wizard): the button links there. */
  page?: string;
  titleKey: MessageKey;
  submitKey: MessageKey;
  failedKey: MessageKey;
  /** The test ids of the button, the dialog and the sentence said when it is done. */
  testIds: { button: string; dialog: string; done?: string };
  /** The task tray's label of the task it starts; the button's when unset. */
  taskKey?: MessageKey;
  /** Said above the fields: a rule the request must follow (one VPC per tenant per AZ). */
  introKey?: MessageKey;
  /** A wide dialog, for forms with long values (address pools). */
  wide?: boolean;
  allowed: (session: SessionUser) => Verdict;
  /** Its fields, for who is creating (an admin also picks the tenant). */
  fields: (session: SessionUser) => readonly FormField[];
  /** The first values, for who is creating and the list's filters as the URL has them (a subnet list filtered by a VPC creates in it). */
  initial: (session: SessionUser, filters: Readonly<Record<string, string>>) => Record<string, string>;
  /**
   * The request body of the values; `schema` is the registry operation's body
   * schema. `fieldOf` names the field an issue's path (or the console API's
   * `fields[].field`, without `body.`) is about, when it is not the path's last key.
   */
  body: { schema: z.ZodType; of: (values: Record<string, string>) => unknown; fieldOf?: (path: readonly PropertyKey[]) => string | undefined };
  /** Rules beyond the schema (a confirmation equals its password). */
  check?: (values: Record<string, string>) => Record<string, FieldError>;
  /**
   * Rules that need cached reads (a subnet's CIDR against its VPC's other
   * subnets), run on submit with the others; their words, being the
   * console's own, win over the schema's. A read that fails should not stop
   * the form: SCP checks again.
   */
  verify?: (values: Record<string, string>, ctx: LoadContext) => Promise<Record<string, FieldError>>;
  /** Sends the checked body (the schema's output) with the attempt's token. */
  send: (body: unknown, ctx: { clientToken: string }) => Promise<CreateResult>;
  /** Then sends a file to the object made (`send` answers its `object`). */
  upload?: CreateUpload;
}

/** One section of a detail page: labelled values, each a cell as the list's columns have. */
export interface DetailSection<T> {
  id: string;
  titleKey: MessageKey;
  fields: readonly Column<T>[];
  /** Its fields as meters (their cells are `meter`s) rather than labelled values. */
  layout?: 'grid' | 'meters';
  /** Whether there is anything to show; when not, `noneKey` is said instead of the fields. */
  shown?: (item: T) => boolean;
  noneKey?: MessageKey;
  testId?: string;
}

/** A table of a detail page: the item's parts (a server's disks), a row of cells each, and the buttons that change them. */
export interface DetailTable<T> {
  id: string;
  titleKey: MessageKey;
  testId?: string;
  columns: readonly { id: string; labelKey: MessageKey }[];
  rows: (item: T) => readonly (readonly Cell[])[];
  /** The buttons next to its title, for this item. */
  actions?: (item: T) => readonly DetailAction<T>[];
}

/** A button that opens a page the console asks for each time (a remote console) in a new tab; its dialog keeps the link for a browser that blocked the tab. */
export interface LinkAction<T> {
  kind: 'link';
  id: string;
  labelKey: MessageKey;
  allowed: (item: T, session: SessionUser) => Verdict;
  /** The button's test id; the detail's action prefix and the id when unset. */
  testId?: string;
  url: (item: T) => Promise<string>;
  /** What the dialog says: its title (gets {name}), while the URL is asked for, once the tab opened, the link, a failure; and its test ids. */
  dialog: { titleKey: MessageKey; openingKey: MessageKey; openedKey: MessageKey; linkKey: MessageKey; failedKey: MessageKey; testId?: string; linkTestId?: string };
}

/** A button of a detail page: a declared action, or a link. */
export type DetailAction<T> = Action<T> | LinkAction<T>;

/**
 * A list of other objects that belong to the item (a server's snapshots), with
 * their actions. `context` is a cached read about the item the sentence above
 * the table and the button that adds one depend on (the snapshot limit of
 * the server's pool); both get undefined while it is read.
 */
export interface RelatedList<T, R, C = unknown> {
  resource: ResourceDeclaration<R>;
  /** The related list's query for this item (`{server_id}`). */
  query: (item: T) => Record<string, string | number>;
  /** The table's caption (gets {name}), what an empty one says, the title of a failed read. */
  captionKey: MessageKey;
  emptyKey: MessageKey;
  loadFailedKey: MessageKey;
  testIds?: { list?: string; summary?: string; add?: string };
  context?: (item: T) => { key: QueryKey; fetch: (ctx: LoadContext & { signal: AbortSignal }) => Promise<C> };
  summary?: (items: readonly R[], context: C | undefined) => { key: MessageKey; values?: MessageValues };
  /** An action of the item that adds one (take a snapshot); refused until the list is read. */
  add?: (items: readonly R[], context: C | undefined) => Action<T>;
}

/** The operation log of the item (`GET /api/tasks?object_id=`), newest first: its words. */
export interface TaskLog {
  captionKey: MessageKey;
  emptyKey: MessageKey;
  loadFailedKey: MessageKey;
  /** The headers of its columns: action, status, began, ended, description. */
  columnKeys: { action: MessageKey; status: MessageKey; begin: MessageKey; end: MessageKey; description: MessageKey };
  testId?: string;
}

/** A tab of a detail page: sections and tables, a related list, or the item's tasks. */
export type DetailTab<T> = { id: string; labelKey: MessageKey } & (
  | { kind: 'parts'; parts: readonly (DetailSection<T> | DetailTable<T>)[] }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the related items' type is the related declaration's own
  | { kind: 'related'; related: RelatedList<T, any, any> }
  | { kind: 'tasks'; tasks: TaskLog }
);

/**
 * A second read that adds to the item what its own read lacks (a server's use,
 * which only SCP's list reports), refreshed on its own timer; the item shows
 * without it until it comes.
 */
export interface DetailAlso<T, A> {
  key: (item: T) => QueryKey;
  fetch: (item: T, signal: AbortSignal) => Promise<A>;
  pick: (answer: A, item: T) => Partial<T>;
  refreshMs: number;
}

/** A resource's detail page: how one item is read, and what it shows. */
export interface DetailView<T> {
  read: { key: (id: string) => QueryKey; fetch: (id: string, signal: AbortSignal, ctx: ListContext) => Promise<T> };
  sections: readonly DetailSection<T>[];
  /** Tabs under the sections, the one shown kept in the URL's `?tab=` (none for the first). */
  tabs?: readonly DetailTab<T>[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the second read's answer is its own
  also?: DetailAlso<T, any>;
  /** The header's buttons for this item; the resource's actions when unset. */
  actionsFor?: (item: T) => readonly DetailAction<T>[];
  /** Actions after which the item is gone for good: the page goes back to the list. */
  leaveAfter?: readonly string[];
  /** The page's own words, where the generic ones are not enough. */
  messages?: Partial<Record<'breadcrumb' | 'back' | 'notFound' | 'notFoundBody' | 'loadFailed' | 'tabs', MessageKey>>;
  /** Test ids: the prefix of its buttons' (`detail-action-`), the not-found panel's (`resource-not-found`). */
  testIds?: { action?: string; notFound?: string };
}
