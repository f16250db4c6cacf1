/**
 * The blank decision sheet for group exercises (issue 14, point 5; `#/decision-sheet`,
 * `<main data-view="decision-sheet">`): every step of the pathway in the chart's order, its question
 * with its answer options as tick boxes and room for the reason, to print and hand out. Drawn from
 * the same chart (./PathwayMap's CHART, read from the machine) and the same words as the pages, so a
 * step or answer added to the pathway is on the sheet with nothing written by hand.
 */
import { useTranslation } from 'react-i18next';
import { STEP_ANSWERS, isMultiStep, isStepId, needsRationale, type StepId } from '../../machines/ids';
import { useContent } from '../useContent';
import { CHART } from './PathwayMap';
import { TrainerFrame, type TrainerLink } from './TrainerFrame';
import './trainer.css';

/** The steps of the sheet: every step the chart holds, in the map's order (outcomes end the sheet's questions, so they are not on it). */
export const SHEET_STEPS: readonly StepId[] = CHART.pages.map((page) => page.id).filter(isStepId);

export function DecisionSheetPage({ onNavigate }: { onNavigate: (to: TrainerLink) => void }) {
  const { t } = useTranslation('trainer');
  const content = useContent();
  return (
    <TrainerFrame current="decision-sheet" onNavigate={onNavigate}>
      <div className="decision-sheet">
        <h1 className="govuk-heading-l" tabIndex={-1}>
          {t('sheet.heading')}
        </h1>
        <p className="govuk-body">{t('sheet.intro')}</p>
        <div className="govuk-button-group app-no-print">
          <button type="button" className="govuk-button" data-action="print-sheet" onClick={() => window.print()}>
            {t('sheet.print')}
          </button>
        </div>
        <dl className="decision-sheet__about">
          {(['group', 'caseStudy', 'date'] as const).map((field) => (
            <div key={field} className="decision-sheet__blank">
              <dt className="govuk-body govuk-!-font-weight-bold">{t(`sheet.fields.${field}`)}</dt>
              <dd className="decision-sheet__line" />
            </div>
          ))}
        </dl>
        <ol className="decision-sheet__steps">
          {SHEET_STEPS.map((step, index) => {
            const words = content.step(step);
            const answers: readonly string[] = STEP_ANSWERS[step];
            return (
              <li key={step} className="decision-sheet__step" data-sheet-step={step}>
                <h2 className="govuk-heading-s">
                  <span className="decision-sheet__number">{t('sheet.number', { number: index + 1 })}</span> {words.heading}
                </h2>
                <p className="govuk-body-s govuk-!-margin-bottom-2">{isMultiStep(step) ? t('sheet.tickAll') : t('sheet.tickOne')}</p>
                <ul className="govuk-list decision-sheet__options">
                  {answers.map((answer) => (
                    <li key={answer} data-sheet-option={answer}>
                      <span className="decision-sheet__box" aria-hidden="true" />
                      {(words.options as Record<string, { label: string }>)[answer]?.label ?? answer}
                    </li>
                  ))}
                </ul>
                <p className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">{needsRationale(step) ? t('sheet.reasonNeeded') : t('sheet.reason')}</p>
                <div className="decision-sheet__reason" data-sheet-reason="" />
              </li>
            );
          })}
        </ol>
        <p className="govuk-body-s">{t('sheet.footer')}</p>
      </div>
    </TrainerFrame>
  );
}
