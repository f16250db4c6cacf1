/**
 * What every page of the trainer's view has: the "Training: not a real case" banner, the view's own
 * links (map, case studies, the decision sheet) and presenter mode (full width, larger text, sources
 * folded away), in which the trainer may turn off the Shift quick-exit shortcut; the exit button stays.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Turns the Shift quick-exit shortcut off or on: src/useQuickExitKeys.ts reads this attribute
 * (an attribute, not an import, so this chunk shares nothing with the first load for it).
 */
const SHIFT_EXIT = 'data-shift-exit';
const setShiftShortcut = (on: boolean) => {
  if (on) document.documentElement.removeAttribute(SHIFT_EXIT);
  else document.documentElement.setAttribute(SHIFT_EXIT, 'off');
};
const shiftShortcutIsOn = () => document.documentElement.getAttribute(SHIFT_EXIT) !== 'off';

export type TrainerLink = 'map' | 'case-studies' | 'decision-sheet' | 'opened-file';

const PRESENTER_CLASS = 'app-presenter';

export function TrainerFrame({ children, current, onNavigate }: { children: ReactNode; current: TrainerLink | 'case-study'; onNavigate: (to: TrainerLink) => void }) {
  const { t } = useTranslation('trainer');
  const [presenting, setPresenting] = useState(() => document.documentElement.classList.contains(PRESENTER_CLASS));
  // Kept across the trainer's pages while presenting (in memory: the next page's frame reads it before this one's clean-up).
  const [shiftOff, setShiftOff] = useState(() => !shiftShortcutIsOn());
  useEffect(() => {
    document.documentElement.classList.toggle(PRESENTER_CLASS, presenting);
  }, [presenting]);
  // The shortcut is off only while presenting and only when the trainer chose it.
  useEffect(() => {
    setShiftShortcut(!(presenting && shiftOff));
  }, [presenting, shiftOff]);
  // Leaving the trainer's view leaves presenter mode and turns the shortcut back on: the practitioner's pages are never shown that way.
  useEffect(
    () => () => {
      document.documentElement.classList.remove(PRESENTER_CLASS);
      setShiftShortcut(true);
    },
    [],
  );
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
          {link('decision-sheet', t('nav.decisionSheet'))}
          <li>
            <button
              type="button"
              className="app-button-link"
              aria-pressed={presenting}
              data-action="presenter"
              onClick={() => {
                if (presenting) setShiftOff(false);
                setPresenting((on) => !on);
              }}
            >
              {presenting ? t('nav.presenterOff') : t('nav.presenter')}
            </button>
          </li>
        </ul>
        {presenting && (
          <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id="presenter-shift-off"
                type="checkbox"
                data-action="presenter-shift-off"
                checked={shiftOff}
                aria-describedby="presenter-shift-off-hint"
                onChange={(event) => setShiftOff(event.target.checked)}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="presenter-shift-off">
                {t('nav.shiftOff')}
              </label>
              <div className="govuk-hint govuk-checkboxes__hint" id="presenter-shift-off-hint">
                {t('nav.shiftOffHint')}
              </div>
            </div>
          </div>
        )}
      </nav>
      {children}
    </div>
  );
}
