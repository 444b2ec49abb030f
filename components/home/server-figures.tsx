'use client';

import { api } from '@/lib/api';
import { countQuery, listHref, SERVER_FIGURES, serverCountsFromPage, type ServerFigure } from '@/lib/home/overview-figures';
import { useT } from '@/lib/i18n/client';
import { queryKeys } from '@/lib/query-keys';
import { MAX_PAGE_SIZE } from '@/lib/scp';
import { FigureCard } from './figure-card';
import { useOverviewQuery } from './use-overview-query';

/** One server count: the list's total under the figure's status filter, linking to that filtered list. */
function ServerCount({ figure }: { figure: ServerFigure }) {
  const t = useT();
  const query = countQuery({ status: figure.status });
  const answer = useOverviewQuery(queryKeys.overview.figure(queryKeys.servers.all, query), ({ signal }) => api.get('/api/servers', { query, signal }));
  return (
    <FigureCard id={`servers-${figure.id}`} label={t(figure.labelKey)} href={listHref('/servers', { status: figure.status })} query={answer} value={(page) => page.total} alert={figure.id === 'error'} />
  );
}

const FIRST_PAGE = { pageSize: MAX_PAGE_SIZE };

/**
 * The tenant's servers by state: every one, running, stopped, in error and
 * with a task in progress. One request when the first page of 100 holds every
 * server; else one list total per figure.
 */
export function ServerFigures() {
  const t = useT();
  const first = useOverviewQuery(queryKeys.overview.figure(queryKeys.servers.all, FIRST_PAGE), ({ signal }) => api.get('/api/servers', { query: FIRST_PAGE, signal }));
  const counts = first.data && serverCountsFromPage(first.data);
  const figure = (f: ServerFigure) =>
    first.data === undefined || counts
      ? <FigureCard key={f.id} id={`servers-${f.id}`} label={t(f.labelKey)} href={listHref('/servers', { status: f.status })} query={first} value={() => counts?.[f.id] ?? 0} alert={f.id === 'error'} />
      : <ServerCount key={f.id} figure={f} />;
  return (
    <section aria-labelledby="overview-servers" className="space-y-2">
      <h2 id="overview-servers" className="text-sm font-semibold">{t('home.servers.title')}</h2>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {SERVER_FIGURES.map(figure)}
      </div>
    </section>
  );
}
