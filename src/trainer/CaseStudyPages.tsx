/**
 * Case studies (issue 14, points 2 and 3): the library of every scenario in content/scenarios/, and
 * the player (`<main data-view="case-study" data-path-step="<page>">`): each step as the practitioner
 * sees it, read-only, with the answer given, the narration, the path lit on the map, and "what if".
 * Nothing here writes to storage: walks live in memory (src/trainer/walk.ts).
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isMultiStep, isOutcomeId, isStepId, offeredAnswers, type AnswerId, type PageId, type StepId } from '../../machines';
import { SCENARIO_FILES } from '../../content/scenarios/index';
import type { Scenario } from '../../content/schema/scenario';
import { UnsavedContext } from '../components/unsaved';
import { OutcomePage } from '../pages/OutcomePage';
import { QuestionPage } from '../pages/QuestionPage';
import { useContent } from '../useContent';
import { useReadyNamespaces } from '../useReadyNamespaces';
import { returnKey, transitionKey } from './chartGraph';
import { MapLegend } from './MapKey';
import { OpenFileForms } from './OpenFileForms';
import { PathwayMap, type MapHighlight } from './PathwayMap';
import { TrainerFrame, type TrainerLink } from './TrainerFrame';
import { pagesOf, playBranch, playScenario, whereTheyPart, type Branch, type Walk } from './walk';
import { useFaultText } from './useFaultText';
import './trainer.css';

/** Every scenario, in file-name order. */
export const SCENARIOS: readonly Scenario[] = Object.values(SCENARIO_FILES);

/** A scenario's words through i18next (the `scenarios` namespace), so the pseudo-locale reaches them. */
function useScenarioWords() {
  useReadyNamespaces(['scenarios', 'trainer', 'outcomes', 'routes']);
  const { t } = useTranslation('scenarios');
  const word = t as unknown as (key: string, options?: { defaultValue: string }) => string;
  return {
    title: (id: string) => word(`${id}.title`),
    facts: (id: string) => word(`${id}.facts`),
    note: (id: string, page: PageId) => word(`${id}.notes.${page}`, { defaultValue: '' }),
    narrated: (id: string) => Object.keys((t as unknown as (key: string, options: { returnObjects: true }) => unknown)(`${id}.notes`, { returnObjects: true }) ?? {}).length > 0,
  };
}

const nothing = () => null;
const noop = () => {};

/** A page component shown as the practitioner sees it, but read-only: controls disabled, links inert. */
function ReadOnly({ children }: { children: ReactNode }) {
  return (
    <UnsavedContext.Provider value={noop}>
      <div
        className="case-study__page"
        data-read-only=""
        onClickCapture={(event) => {
          const link = (event.target as HTMLElement).closest('a');
          if (link && link.getAttribute('href')?.startsWith('#')) event.preventDefault();
        }}
        onSubmitCapture={(event) => event.preventDefault()}
      >
        <fieldset disabled className="case-study__fieldset">
          {children}
        </fieldset>
      </div>
    </UnsavedContext.Provider>
  );
}

/** The path's pages and the transitions it took, for lighting the map. */
export function highlightOf(walk: Walk, upTo: number): MapHighlight {
  const pages = pagesOf(walk).slice(0, upTo + 1);
  const transitions = new Set<string>();
  walk.moves.slice(0, upTo).forEach((move, index) => {
    const next = pages[index + 1];
    if (move.entry.kind !== 'answer' || next === undefined) return;
    const values = Array.isArray(move.entry.value) ? move.entry.value : [move.entry.value];
    for (const value of values) {
      transitions.add(transitionKey(move.page, value, next));
      transitions.add(returnKey(move.page, value));
    }
  });
  return { pages: new Set(pages), transitions, current: pages[upTo] };
}

export function CaseStudiesPage({ onPlay, onNavigate }: { onPlay: (id: string) => void; onNavigate: (to: TrainerLink) => void }) {
  const { t } = useTranslation('trainer');
  const words = useScenarioWords();
  const content = useContent();
  return (
    <TrainerFrame current="case-studies" onNavigate={onNavigate}>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        {t('library.heading')}
      </h1>
      <p className="govuk-body">{t('library.intro')}</p>
      <OpenFileForms onOpened={() => onNavigate('opened-file')} />
      <h2 className="govuk-heading-l">{t('library.builtIn')}</h2>
      <ul className="govuk-list">
        {SCENARIOS.map((scenario) => (
          <li key={scenario.id} className="govuk-summary-card" data-scenario={scenario.id}>
            <div className="govuk-summary-card__title-wrapper">
              <h2 className="govuk-summary-card__title">{words.title(scenario.id)}</h2>
            </div>
            <div className="govuk-summary-card__content">
              <p className="govuk-body">{words.facts(scenario.id)}</p>
              {scenario.expect.outcome && <p className="govuk-body-s">{t('library.outcome', { outcome: content.heading(scenario.expect.outcome) })}</p>}
              {words.narrated(scenario.id) && <p className="govuk-body-s"><strong className="govuk-tag">{t('library.withNotes')}</strong></p>}
              <a
                className="govuk-button govuk-!-margin-bottom-0"
                href={`#/case-study/${scenario.id}`}
                data-action="play"
                onClick={(event) => {
                  event.preventDefault();
                  onPlay(scenario.id);
                }}
              >
                {t('library.play')}
                <span className="govuk-visually-hidden"> {words.title(scenario.id)}</span>
              </a>
            </div>
          </li>
        ))}
      </ul>
    </TrainerFrame>
  );
}

/** The answer (or answers) of a log entry, in words. */
function AnswerWords({ step, value }: { step: StepId; value: AnswerId | readonly AnswerId[] }) {
  const content = useContent();
  const values: readonly AnswerId[] = typeof value === 'string' ? [value] : value;
  return (
    <ul className="govuk-list govuk-list--bullet" data-answer-given={values.join(' ')}>
      {values.map((answer) => (
        <li key={answer}>{content.step(step).options[answer]?.label ?? answer}</li>
      ))}
    </ul>
  );
}

/** The routes a walk ends with, each a link to its legal test (`#/route/<id>`, the route's page as a training preview). */
export function Routes({ walk }: { walk: Walk }) {
  const { t } = useTranslation('trainer');
  const content = useContent();
  if (walk.end.kind !== 'outcome') return null;
  return walk.end.routes.length === 0 ? (
    <p className="govuk-body">{t('player.noRoutes')}</p>
  ) : (
    <ul className="govuk-list govuk-list--bullet">
      {walk.end.routes.map((route) => (
        <li key={route} data-branch-route={route}>
          <a className="govuk-link" href={`#/route/${route}`} data-route-link={route}>
            {content.route(route).name}
            <span className="govuk-visually-hidden"> {t('player.legalTest')}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

function WhatIf({ scenario, walk, position }: { scenario: Scenario; walk: Walk; position: number }) {
  const { t } = useTranslation('trainer');
  const content = useContent();
  const faultText = useFaultText();
  const move = walk.moves[position];
  const [branch, setBranch] = useState<Branch | null>(null);
  const [picked, setPicked] = useState<AnswerId[]>([]);
  const [asked, setAsked] = useState<AnswerId[]>([]);
  const result = useMemo(() => (branch ? playBranch(scenario, walk, branch) : null), [branch, scenario, walk]);
  if (!move || move.entry.kind !== 'answer' || !isStepId(move.page)) return null;
  const step = move.page;
  const multi = isMultiStep(step);
  // What the pathway offered here, as the practitioner saw it.
  const offered = offeredAnswers(move.before);
  const parts = result ? whereTheyPart(walk, result) : undefined;

  const choice = (name: string, options: readonly AnswerId[], selected: AnswerId[], onChange: (next: AnswerId[]) => void, legendText: string, stepId: StepId) => (
    <fieldset className="govuk-fieldset">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legendText}</legend>
      <div className={isMultiStep(stepId) ? 'govuk-checkboxes govuk-checkboxes--small' : 'govuk-radios govuk-radios--small'}>
        {options.map((answer) => (
          <div key={answer} className={isMultiStep(stepId) ? 'govuk-checkboxes__item' : 'govuk-radios__item'}>
            <input
              className={isMultiStep(stepId) ? 'govuk-checkboxes__input' : 'govuk-radios__input'}
              id={`${name}-${answer}`}
              name={name}
              type={isMultiStep(stepId) ? 'checkbox' : 'radio'}
              value={answer}
              checked={selected.includes(answer)}
              onChange={() => onChange(isMultiStep(stepId) ? (selected.includes(answer) ? selected.filter((a) => a !== answer) : [...selected, answer]) : [answer])}
            />
            <label className={`govuk-label ${isMultiStep(stepId) ? 'govuk-checkboxes__label' : 'govuk-radios__label'}`} htmlFor={`${name}-${answer}`}>
              {content.step(stepId).options[answer]?.label ?? answer}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );

  return (
    <section className="case-study__what-if" aria-labelledby="what-if-heading" data-what-if="">
      <h2 className="govuk-heading-m" id="what-if-heading">
        {t('whatIf.heading')}
      </h2>
      <p className="govuk-body">{t('whatIf.intro')}</p>
      {choice('what-if', offered, picked, setPicked, t('whatIf.choose'), step)}
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          data-action="what-if"
          disabled={picked.length === 0}
          onClick={() => setBranch({ at: position, value: multi ? picked : picked[0]!, chosen: {} })}
        >
          {t('whatIf.replay')}
        </button>
        {branch && (
          <button type="button" className="govuk-button govuk-button--secondary" data-action="what-if-clear" onClick={() => setBranch(null)}>
            {t('whatIf.clear')}
          </button>
        )}
      </div>
      {result?.end.kind === 'needs-answer' && (
        <div data-what-if-asks={result.end.step}>
          {choice('what-if-ask', result.end.offered, asked, setAsked, t('whatIf.askTrainer', { heading: content.heading(result.end.step) }), result.end.step)}
          <button
            type="button"
            className="govuk-button"
            data-action="what-if-continue"
            disabled={asked.length === 0}
            onClick={() => {
              const askedStep = (result.end as { step: StepId }).step;
              setBranch({ ...branch!, chosen: { ...branch!.chosen, [askedStep]: isMultiStep(askedStep) ? asked : asked[0]! } });
              setAsked([]);
            }}
          >
            {t('whatIf.continue')}
          </button>
        </div>
      )}
      {result?.end.kind === 'failed' && <p className="govuk-body">{t('whatIf.refused', { reason: faultText(result.end.fault) })}</p>}
      {result?.end.kind === 'outcome' && (
        <>
          <p className="govuk-body govuk-!-font-weight-bold" data-paths-part={parts?.page ?? ''}>
            {parts ? t('whatIf.parts', { heading: content.heading(parts.page) }) : t('whatIf.same')}
          </p>
          <div className="case-study__compare">
            {(
              [
                ['original', walk],
                ['branch', result],
              ] as const
            ).map(([kind, shown]) => (
              <div key={kind} data-compare={kind} data-outcome={shown.end.kind === 'outcome' ? shown.end.outcome : ''}>
                <h3 className="govuk-heading-s">{t(`whatIf.${kind}`)}</h3>
                <p className="govuk-body">
                  {t('whatIf.outcome')}: {shown.end.kind === 'outcome' ? content.heading(shown.end.outcome) : ''}
                </p>
                <h4 className="govuk-heading-s">{t('player.routes')}</h4>
                <Routes walk={shown} />
                <details className="govuk-details">
                  <summary className="govuk-details__summary">
                    <span className="govuk-details__summary-text">{t('whatIf.path')}</span>
                  </summary>
                  <ol className="govuk-list govuk-list--number govuk-details__text">
                    {pagesOf(shown).map((page, index) => (
                      <li key={`${page}-${index}`}>{content.heading(page)}</li>
                    ))}
                  </ol>
                </details>
              </div>
            ))}
          </div>
        </>
      )}
      {result && (
        <div data-what-if-map="">
          <h3 className="govuk-heading-s">{t('whatIf.onTheMap')}</h3>
          <PathwayMap compact focus={parts?.page ?? step} highlight={highlightOf(walk, walk.moves.length)} branch={highlightOf(result, result.moves.length)} />
          <MapLegend only={['onPath', 'onBranch']} heading={t('whatIf.mapKey')} />
        </div>
      )}
    </section>
  );
}


/** A case study's words: from the `scenarios` namespace for the library, or from a trainer's own file. */
export interface PlayerWords {
  readonly title: string;
  readonly facts: string;
  readonly note: (page: PageId) => string;
  /** Typed by the trainer in a file of their own, not the app's words: marked `data-user-text`. */
  readonly typed?: boolean;
}

/** Forward and back by the arrow keys, except where the keys already mean something (a field, the map). */
export function usePlayerKeys(position: number, last: number, onStep: (step: number) => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [data-map-frame]')) return;
      if (event.key === 'ArrowRight' && position < last) onStep(position + 1);
      else if (event.key === 'ArrowLeft' && position > 0) onStep(position - 1);
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [position, last, onStep]);
}

/**
 * Where a player stands on a walk: the step asked for, kept within the walk, its page and the move
 * made from it; the page is marked on <main>, and the arrow keys move. Both players use it.
 */
export function usePlayerPosition(walk: Walk, step: number | undefined, onStep: (step: number) => void) {
  const last = walk.moves.length;
  const position = Math.min(Math.max(step ?? 0, 0), last);
  const pages = pagesOf(walk);
  const page = pages[position]!;
  usePathStep(page);
  usePlayerKeys(position, last, onStep);
  return { last, position, pages, page, move: walk.moves[position] };
}

/** The step on <main> (architecture.md: data-path-step), set on the frame's own element. */
export function usePathStep(page: PageId | undefined) {
  useEffect(() => {
    const main = document.getElementById('main-content');
    if (!main || !page) return;
    main.dataset.pathStep = page;
    return () => {
      delete main.dataset.pathStep;
    };
  }, [page]);
}

/**
 * The player: a scenario's walk shown step by step (the page as the practitioner sees it, the answer,
 * the narration, the path on the map) with "what if". The library's case studies and a trainer's own
 * scenario file play in it alike.
 */
export function ScenarioPlayer({ scenario, walk, words, step, onStep, before }: { scenario: Scenario; walk: Walk; words: PlayerWords; step: number | undefined; onStep: (step: number) => void; before?: ReactNode }) {
  const { t } = useTranslation('trainer');
  const content = useContent();
  const faultText = useFaultText();
  const { last, position, pages, page, move } = usePlayerPosition(walk, step, onStep);
  const note = words.note(page);
  const typed = words.typed ? { 'data-user-text': '' } : {};
  const highlight = highlightOf(walk, position);

  return (
    <>
      <span className="govuk-caption-l">{t('player.caption')}</span>
      <h1 className="govuk-heading-l" tabIndex={-1} {...typed}>
        {words.title}
      </h1>
      {before}
      <details className="govuk-details" open={position === 0}>
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">{t('player.facts')}</span>
        </summary>
        <p className="govuk-details__text" {...typed}>
          {words.facts}
        </p>
      </details>
      {walk.end.kind === 'failed' && <p className="govuk-body" data-walk-failed="">{t('player.failed', { reason: faultText(walk.end.fault) })}</p>}
      <div className="case-study__controls app-no-print">
        <button type="button" className="govuk-button govuk-button--secondary" data-action="previous" disabled={position === 0} onClick={() => onStep(position - 1)}>
          {t('player.previous')}
        </button>
        <p className="govuk-body govuk-!-font-weight-bold" aria-live="polite" data-position={position}>
          {t('player.stepOf', { current: position + 1, total: last + 1 })}: {content.heading(page)}
        </p>
        <button type="button" className="govuk-button" data-action="next" disabled={position === last} onClick={() => onStep(position + 1)}>
          {t('player.next')}
        </button>
      </div>
      <p className="govuk-hint app-no-print">{t('player.keys')}</p>
      <div className="case-study__step" data-case-study-step={page}>
        {move && move.entry.kind === 'answer' && isStepId(move.page) && (
          <>
            <h2 className="govuk-heading-m">{t('player.answerGiven')}</h2>
            <AnswerWords step={move.page} value={move.entry.value} />
          </>
        )}
        {move && move.entry.kind === 'event' && (
          <>
            <h2 className="govuk-heading-m">{t('player.eventRaised')}</h2>
            <p className="govuk-body" data-event-raised={move.entry.event}>{t(`events.${move.entry.event}.name`)}</p>
          </>
        )}
        {!move && (
          <>
            <h2 className="govuk-heading-m">{t('player.outcomeReached')}</h2>
            <h3 className="govuk-heading-s">{t('player.routes')}</h3>
            <Routes walk={walk} />
          </>
        )}
        <div className="case-study__narration" data-narration="">
          <h2 className="govuk-heading-s">{t('player.why')}</h2>
          {note ? (
            <p className="govuk-body" {...typed}>
              {note}
            </p>
          ) : (
            <p className="govuk-body">{t('player.noNote')}</p>
          )}
        </div>
      </div>
      {move && <WhatIf key={position} scenario={scenario} walk={walk} position={position} />}
      <h2 className="govuk-heading-m">{t('player.pathSoFar')}</h2>
      <PathwayMap compact focus={page} highlight={highlight} />
      <ol className="govuk-list govuk-list--number case-study__path">
        {pages.slice(0, position + 1).map((visited, index) => (
          <li key={`${visited}-${index}`} data-path-step={visited} aria-current={index === position ? 'step' : undefined}>
            {content.heading(visited)}
          </li>
        ))}
      </ol>
      <h2 className="govuk-heading-m">{t('player.pageShown')}</h2>
      <ReadOnly>
        {isOutcomeId(page) ? (
          <OutcomePage state={walk.final} onEvent={nothing} onCheckAnswers={noop} onNavigate={noop} />
        ) : move ? (
          <QuestionPage key={position} state={move.before} onAnswer={nothing} onEvent={nothing} onCheckAnswers={noop} />
        ) : null}
      </ReadOnly>
    </>
  );
}

export function CaseStudyPage({
  scenarioId,
  step,
  onStep,
  onNavigate,
}: {
  scenarioId: string;
  step: number | undefined;
  onStep: (step: number) => void;
  onNavigate: (to: TrainerLink) => void;
}) {
  const { t } = useTranslation('trainer');
  const words = useScenarioWords();
  const scenario = SCENARIOS.find((candidate) => candidate.id === scenarioId);
  const walk = useMemo(() => (scenario ? playScenario(scenario) : null), [scenario]);
  return (
    <TrainerFrame current="case-study" onNavigate={onNavigate}>
      {scenario && walk ? (
        <ScenarioPlayer
          scenario={scenario}
          walk={walk}
          words={{ title: words.title(scenario.id), facts: words.facts(scenario.id), note: (page) => words.note(scenario.id, page) }}
          step={step}
          onStep={onStep}
        />
      ) : (
        <h1 className="govuk-heading-l" tabIndex={-1}>
          {t('player.notFound')}
        </h1>
      )}
    </TrainerFrame>
  );
}
