import { useTranslation } from 'react-i18next';
import { RouteLink } from '../components/RouteLink';
import type { Route } from '../route';

type ManagerPage = 'team-overview' | 'team-settings';

/** The manager's view's own links, at the top of each of its pages: the overview and the team's settings. */
export function ManagerLinks({ current, onNavigate }: { current?: ManagerPage; onNavigate: (route: Route) => void }) {
  const { t } = useTranslation('manager');
  const link = (to: ManagerPage, label: string) => (
    <li className="app-manager__link">
      <RouteLink href={`#/${to}`} aria-current={current === to ? 'page' : undefined} onFollow={() => onNavigate({ view: to })}>
        {label}
      </RouteLink>
    </li>
  );
  return (
    <nav className="app-no-print" aria-label={t('nav.label')}>
      <ul className="govuk-list app-manager__links">
        {link('team-overview', t('nav.overview'))}
        {link('team-settings', t('nav.settings'))}
      </ul>
    </nav>
  );
}
