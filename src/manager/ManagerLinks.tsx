import { useTranslation } from 'react-i18next';
import type { Route } from '../route';

type ManagerPage = 'team-overview' | 'team-settings';

/** The manager's view's own links, at the top of each of its pages: the overview and the team's settings. */
export function ManagerLinks({ current, onNavigate }: { current?: ManagerPage; onNavigate: (route: Route) => void }) {
  const { t } = useTranslation('manager');
  const link = (to: ManagerPage, label: string) => (
    <li className="app-manager__link">
      <a
        className="govuk-link"
        href={`#/${to}`}
        aria-current={current === to ? 'page' : undefined}
        onClick={(event) => {
          event.preventDefault();
          onNavigate({ view: to });
        }}
      >
        {label}
      </a>
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
