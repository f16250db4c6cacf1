/**
 * What every page of the trainer's view has: the "Training: not a real case" banner, the view's own
 * links (map, case studies) and presenter mode (full width, larger text, sources folded away).
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type TrainerLink = 'map' | 'case-studies';

const PRESENTER_CLASS = 'app-presenter';

export function TrainerFrame({ children, current, onNavigate }: { children: ReactNode; current: TrainerLink | 'case-study'; onNavigate: (to: TrainerLink) => void }) {
  const { t } = useTranslation('trainer');
  const [presenting, setPresenting] = useState(() => document.documentElement.classList.contains(PRESENTER_CLASS));
  useEffect(() => {
    document.documentElement.classList.toggle(PRESENTER_CLASS, presenting);
  }, [presenting]);
  // Leaving the trainer's view leaves presenter mode: the practitioner's pages are never shown that way.
  useEffect(() => () => document.documentElement.classList.remove(PRESENTER_CLASS), []);
  const link = (to: TrainerLink, label: string) => (
    <li>
      <a
        className="govuk-link"
        href={`#/${to}`}
        aria-current={current === to ? 'page' : undefined}
        onClick={(event) => {
          event.preventDefault();
          onNavigate(to);
        }}
      >
        {label}
      </a>
    </li>
  );
  return (
    <div className="trainer">
      <div className="trainer__banner" data-training-banner="">
        <strong>{t('banner')}</strong>
      </div>
      <nav className="trainer__nav app-no-print" aria-label={t('nav.label')}>
        <ul className="govuk-list trainer__links">
          {link('map', t('nav.map'))}
          {link('case-studies', t('nav.library'))}
          <li>
            <button type="button" className="app-button-link" aria-pressed={presenting} data-action="presenter" onClick={() => setPresenting((on) => !on)}>
              {presenting ? t('nav.presenterOff') : t('nav.presenter')}
            </button>
          </li>
        </ul>
      </nav>
      {children}
    </div>
  );
}
