import type { QueryKey } from '@tanstack/react-query';
import type { MessageKey } from '@/lib/i18n';
import type { StatusModel } from './types';

/*
 * A "cards" presentation: a read-only page of one card per item (a resource
 * pool with its capacity meters), as data. Each card has a header (name,
 * status, facts, description) and sections, each over a read of its own per
 * item; components/resource/card-list renders any such view.
 */

/** A figure as data; the view formats it for the UI language. */
export type Figure =
  | { kind: 'number'; n: number; maxFraction?: number; /** SCP's unit after the number, verbatim. */ unit?: string }
  | { kind: 'sizeMb'; mb: number }
  | { kind: 'text'; text: string }
  | { kind: 'message'; key: MessageKey; values?: Readonly<Record<string, Figure>> };

/** A labelled share of a total (0–1), with the figures it comes from. */
export interface Meter {
  id: string;
  label: Figure;
  ratio: number;
  detail?: Figure;
}

/** A read of one card's item, cached under its key. */
export interface CardRead<T, D> {
  key: (item: T) => QueryKey;
  fetch: (item: T, signal: AbortSignal) => Promise<D>;
  staleTime?: number;
}

/** Figures in a line, shown once their read has answered (nothing when it fails). */
export interface FiguresSection<T, D> {
  kind: 'figures';
  testId: string;
  read: CardRead<T, D>;
  of: (item: T, data: D) => readonly Figure[];
}

/** Groups of meters side by side, with a loading line and a failure notice (`failedKey` gets `{name}`). */
export interface MetersSection<T, D> {
  kind: 'meters';
  read: CardRead<T, D>;
  loadingKey: MessageKey;
  failedKey: MessageKey;
  groups: readonly { testId: string; titleKey: MessageKey; meters: (item: T, data: D) => readonly Meter[] }[];
}

/** A section of a card, over a read whose answer type the section keeps to itself. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CardSection<T> = FiguresSection<T, any> | MetersSection<T, any>;

/** A list of cards: where the items come from, how the page reads while they do, and what a card shows. */
export interface CardsView<T> {
  titleKey: MessageKey;
  /** Query options of the items (shared with other views that read them). */
  list: { queryKey: QueryKey; queryFn: (ctx: { signal: AbortSignal }) => Promise<{ items: readonly T[] }>; staleTime?: number };
  loadingKey: MessageKey;
  loadFailedKey: MessageKey;
  emptyKey: MessageKey;
  card: {
    testId: string;
    /** Prefix of the heading's element id. */
    idPrefix: string;
    rowKey: (item: T) => string;
    nameOf: (item: T) => string;
    /** `data-*` attributes of the card (`{ az: id }` is `data-az`). */
    data?: (item: T) => Readonly<Record<string, string>>;
    status: { of: (item: T) => string; model: Pick<StatusModel<unknown>, 'labelKey' | 'tone'> };
    /** Said after the status, joined by " · ". */
    facts?: (item: T) => readonly Figure[];
    description?: (item: T) => string | null | undefined;
    sections: readonly CardSection<T>[];
  };
}

/** A figures section, typed over its read's answer. */
export const figuresSection = <T, D>(section: Omit<FiguresSection<T, D>, 'kind'>): CardSection<T> => ({ kind: 'figures', ...section });

/** A meters section, typed over its read's answer. */
export const metersSection = <T, D>(section: Omit<MetersSection<T, D>, 'kind'>): CardSection<T> => ({ kind: 'meters', ...section });
