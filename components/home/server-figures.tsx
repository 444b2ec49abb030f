'use client';

import { api } from '@/lib/api';
import { countQuery, listHref, SERVER_FIGURES, type ServerFigure } from '@/lib/home/overview-figures';
import { useT } from '@/lib/i18n/client';
import { queryKeys } from '@/lib/query-keys';
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

/** The tenant's servers by state: every one, running, stopped, in error and with a task in progress. */
export function ServerFigures() {
  const t = useT();
  return (
    <section aria-labelledby="overview-servers" className="space-y-2">
      <h2 id="overview-servers" className="text-sm font-semibold">{t('home.servers.title')}</h2>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {SERVER_FIGURES.map((figure) => <ServerCount key={figure.id} figure={figure} />)}
      </div>
    </section>
  );
}
