import { useTranslation } from 'react-i18next';
import { hazardLog, riskRating, type Hazard } from '../../content/safety';
import { BackLink } from '../components/BackLink';
import { GuidanceFreshness } from '../components/GuidanceFreshness';
import { WarningText } from '../components/govuk';
import { Table } from '../components/Table';
import { formatDate } from '../dates';
import { useReadyNamespaces } from '../useReadyNamespaces';

const LEVELS = [1, 2, 3, 4, 5] as const;
type Level = (typeof LEVELS)[number];

/** The GOV.UK tag colour of a risk rating: green is acceptable, yellow to review, red not acceptable. */
const RATING_TAG: Record<number, string> = { 1: 'govuk-tag--green', 2: 'govuk-tag--green', 3: 'govuk-tag--yellow', 4: 'govuk-tag--red', 5: 'govuk-tag--red' };

const asLevel = (value: number): Level => (LEVELS.includes(value as Level) ? (value as Level) : 5);

/** A level's words: its label or what it means, on the severity, likelihood or rating scale. */
function useLevelWords() {
  const { t } = useTranslation('safety');
  return (scale: 'severity' | 'likelihood' | 'rating', value: number, part: 'label' | 'meaning' = 'label') => t(`${scale}.${asLevel(value)}.${part}`);
}

function Assessment({ assessed }: { assessed: { severity: number; likelihood: number } }) {
  const { t } = useTranslation('safety');
  const level = useLevelWords();
  const rating = riskRating(hazardLog, assessed);
  return (
    <>
      <strong className={`govuk-tag ${RATING_TAG[rating] ?? 'govuk-tag--red'}`} data-rating={rating}>
        {level('rating', rating)}
      </strong>{' '}
      {t('assessment', {
        ns: 'safety',
        rating: level('rating', rating),
        ratingNumber: rating,
        severity: level('severity', assessed.severity),
        likelihood: level('likelihood', assessed.likelihood),
      })}
    </>
  );
}

function HazardEntry({ hazard }: { hazard: Hazard }) {
  const { t } = useTranslation(['safety', 'hazards']);
  const controls = t(`hazards.${hazard.id}.controls`, { ns: 'hazards', returnObjects: true }) as unknown as string[];
  return (
    <section className="app-hazard" data-hazard={hazard.id} aria-labelledby={`hazard-${hazard.id}`}>
      <h3 className="govuk-heading-s" id={`hazard-${hazard.id}`}>
        {t('hazardHeading', { ns: 'safety', id: hazard.id, title: t(`hazards.${hazard.id}.title`, { ns: 'hazards' }) })}
      </h3>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('cause', { ns: 'safety' })}</dt>
          <dd className="govuk-summary-list__value">{t(`hazards.${hazard.id}.cause`, { ns: 'hazards' })}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('harm', { ns: 'safety' })}</dt>
          <dd className="govuk-summary-list__value">{t(`hazards.${hazard.id}.harm`, { ns: 'hazards' })}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('initialRisk', { ns: 'safety' })}</dt>
          <dd className="govuk-summary-list__value" data-risk="initial">
            <Assessment assessed={hazard.initial} />
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('controls', { ns: 'safety' })}</dt>
          <dd className="govuk-summary-list__value">
            <ul className="govuk-list govuk-list--bullet">
              {hazard.controls.map((control, index) => (
                <li key={index} data-control={index}>
                  {controls[index]}
                  {control.tests && <span className="govuk-body-s app-control-checked"> {t('checkedBy', { ns: 'safety', count: control.tests.length })}</span>}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('residualRisk', { ns: 'safety' })}</dt>
          <dd className="govuk-summary-list__value" data-risk="residual">
            <Assessment assessed={hazard.residual} />
            <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">{t(`hazards.${hazard.id}.residual`, { ns: 'hazards' })}</p>
          </dd>
        </div>
        {hazard.pending && (
          <div className="govuk-summary-list__row" data-pending="">
            <dt className="govuk-summary-list__key">{t('pending', { ns: 'safety' })}</dt>
            <dd className="govuk-summary-list__value">{t(`hazards.${hazard.id}.pending`, { ns: 'hazards' })}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}


/**
 * The safety case (issue 16): what the tool is for and not for, the hazards in plain words with
 * their controls and the risk that remains, the 5 × 5 matrix, the sign-off, and how to report a
 * problem. Printable as a summary for a Board. The log is content/safety/hazards.json, held to the
 * code by tests/content/safety.test.ts.
 */
export function SafetyPage({ onBack }: { onBack: () => void }) {
  useReadyNamespaces(['safety', 'hazards']);
  const { t, i18n } = useTranslation(['safety', 'hazards', 'ui']);
  const list = (key: 'intro' | 'standard' | 'intendedUse' | 'mustNot' | 'report') => t(key, { ns: 'safety', returnObjects: true }) as unknown as string[];
  const level = useLevelWords();

  const signOff = hazardLog.signOff;
  return (
    <div className="govuk-grid-row app-safety">
      <div className="govuk-grid-column-full">
        <BackLink onClick={onBack}>{t('nav.back', { ns: 'ui' })}</BackLink>
        <h1 className="govuk-heading-xl" tabIndex={-1}>
          {t('heading', { ns: 'safety' })}
        </h1>
        {list('intro').map((paragraph) => (
          <p className="govuk-body" key={paragraph}>
            {paragraph}
          </p>
        ))}
        <section aria-labelledby="sign-off-heading" data-section="sign-off" data-signed={signOff.signedBy ? 'true' : 'false'}>
          <h2 className="govuk-heading-m" id="sign-off-heading">
            {t('signOffHeading', { ns: 'safety' })}
          </h2>
          <p className="govuk-body">{t('signOffRole', { ns: 'safety', role: t('signOff.role', { ns: 'hazards' }) })}</p>
          {signOff.signedBy && signOff.signedOn ? (
            <p className="govuk-body">{t('signOffSigned', { ns: 'safety', name: signOff.signedBy, date: formatDate(signOff.signedOn, i18n.language) })}</p>
          ) : (
            <WarningText data-not-signed="">{t('signOffNotSigned', { ns: 'safety' })}</WarningText>
          )}
          <p className="govuk-body-s">{t('logVersion', { ns: 'safety', version: hazardLog.version, date: formatDate(hazardLog.date, i18n.language) })}</p>
          <GuidanceFreshness />
        </section>
        <div className="govuk-button-group app-no-print">
          <button type="button" className="govuk-button govuk-button--secondary" data-action="print" onClick={() => window.print()}>
            {t('print', { ns: 'safety' })}
          </button>
        </div>
        <h2 className="govuk-heading-m">{t('intendedUseHeading', { ns: 'safety' })}</h2>
        {list('intendedUse').map((paragraph) => (
          <p className="govuk-body" key={paragraph}>
            {paragraph}
          </p>
        ))}
        <h2 className="govuk-heading-m">{t('mustNotHeading', { ns: 'safety' })}</h2>
        <ul className="govuk-list govuk-list--bullet" data-list="must-not">
          {list('mustNot').map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <h2 className="govuk-heading-m">{t('standardHeading', { ns: 'safety' })}</h2>
        {list('standard').map((paragraph) => (
          <p className="govuk-body" key={paragraph}>
            {paragraph}
          </p>
        ))}
        <section aria-labelledby="matrix-heading" data-section="matrix">
          <h2 className="govuk-heading-m" id="matrix-heading">
            {t('matrixHeading', { ns: 'safety' })}
          </h2>
          <p className="govuk-body">{t('matrixIntro', { ns: 'safety' })}</p>
          <table className="govuk-table app-risk-matrix" data-table="risk-matrix">
            <caption className="govuk-table__caption govuk-table__caption--s">{t('matrixCaption', { ns: 'safety' })}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <td className="govuk-table__header">
                  <span className="govuk-visually-hidden">{t('likelihoodHeading', { ns: 'safety' })}</span>
                </td>
                {LEVELS.map((severity) => (
                  <th scope="col" className="govuk-table__header" key={severity}>
                    {t('severityHeading', { ns: 'safety' })}: {level('severity', severity)} ({severity})
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {[...LEVELS].reverse().map((likelihood) => (
                <tr className="govuk-table__row" key={likelihood}>
                  <th scope="row" className="govuk-table__header">
                    {t('likelihoodHeading', { ns: 'safety' })}: {level('likelihood', likelihood)} ({likelihood})
                  </th>
                  {LEVELS.map((severity) => {
                    const rating = riskRating(hazardLog, { severity, likelihood });
                    return (
                      <td className="govuk-table__cell" key={severity} data-matrix-cell={`${likelihood} ${severity}`} data-rating={rating}>
                        <strong className={`govuk-tag ${RATING_TAG[rating] ?? 'govuk-tag--red'}`}>
                          {level('rating', rating)} ({rating})
                        </strong>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <Table
            name="severity-levels"
            caption={t('severityHeading', { ns: 'safety' })}
            stackOnPhone
            head={[t('severityHeading', { ns: 'safety' }), t('meaningHeading', { ns: 'safety' })]}
            rows={LEVELS.map((value) => ({ key: String(value), cells: [`${level('severity', value)} (${value})`, level('severity', value, 'meaning')] }))}
          />
          <Table
            name="likelihood-levels"
            caption={t('likelihoodHeading', { ns: 'safety' })}
            stackOnPhone
            head={[t('likelihoodHeading', { ns: 'safety' }), t('meaningHeading', { ns: 'safety' })]}
            rows={LEVELS.map((value) => ({ key: String(value), cells: [`${level('likelihood', value)} (${value})`, level('likelihood', value, 'meaning')] }))}
          />
          <Table
            name="rating-levels"
            caption={t('matrixCaption', { ns: 'safety' })}
            captionHidden
            stackOnPhone
            head={[t('matrixCaption', { ns: 'safety' }), t('meaningHeading', { ns: 'safety' })]}
            rows={LEVELS.map((value) => ({ key: String(value), cells: [`${level('rating', value)} (${value})`, level('rating', value, 'meaning')] }))}
          />
        </section>
        <section aria-labelledby="hazards-heading" data-section="hazards">
          <h2 className="govuk-heading-m" id="hazards-heading">
            {t('hazardsHeading', { ns: 'safety' })}
          </h2>
          <p className="govuk-body">{t('hazardsIntro', { ns: 'safety' })}</p>
          {hazardLog.hazards.map((hazard) => (
            <HazardEntry hazard={hazard} key={hazard.id} />
          ))}
        </section>
        <section aria-labelledby="residual-heading" data-section="residual">
          <h2 className="govuk-heading-m" id="residual-heading">
            {t('residualHeading', { ns: 'safety' })}
          </h2>
          <p className="govuk-body">{t('residualIntro', { ns: 'safety' })}</p>
          <Table
            name="residual-risks"
            caption={t('residualCaption', { ns: 'safety' })}
            stackOnPhone
            head={[t('hazardsHeading', { ns: 'safety' }), t('initialRisk', { ns: 'safety' }), t('residualRisk', { ns: 'safety' })]}
            rows={hazardLog.hazards.map((hazard) => ({
              key: hazard.id,
              data: { 'data-hazard-row': hazard.id },
              cells: [
                t('hazardHeading', { ns: 'safety', id: hazard.id, title: t(`hazards.${hazard.id}.title`, { ns: 'hazards' }) }),
                <Assessment assessed={hazard.initial} />,
                <Assessment assessed={hazard.residual} />,
              ],
            }))}
          />
        </section>
        <section aria-labelledby="report-heading" data-section="report">
          <h2 className="govuk-heading-m" id="report-heading">
            {t('reportHeading', { ns: 'safety' })}
          </h2>
          {list('report').map((paragraph) => (
            <p className="govuk-body" key={paragraph}>
              {paragraph}
            </p>
          ))}
        </section>
      </div>
    </div>
  );
}
