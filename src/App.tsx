import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { availableEvents, currentPage, droppedByChange, isStepId, needsDisagreementDetails, needsReviewDate, pageKind, pageMoves, type StepId } from '../machines';
import { localSettings } from '../content';
import type { MigrationNotice, NewEntry } from './casefile';
import { useCaseSession, rememberOpenCase } from './storage';
import { CaseBanner, CaseTools } from './components/CaseBanner';
import { Layout } from './components/Layout';
import { useRecordText } from './components/recordMessage';
// Pages the first question does not need load when first shown (issue 13): src/lazyPages.tsx.
import {
  AboutPage,
  CaseOverviewPage,
  CaseStudiesPage,
  CaseStudyPage,
  CheckAnswersPage,
  DecisionSheetPage,
  CaseReviewPage,
  SupervisionRecordPage,
  TeamOverviewPage,
  TeamSettingsPage,
  OpenedFilePage,
  ConfirmChangePage,
  ContactPage,
  ContactsPage,
  DisagreementPage,
  HandoverPage,
  OutcomePage,
  PreviewPage,
  PrintPage,
  ReviewDatePage,
  RoutePage,
  SafetyPage,
  SettingsPage,
  TrainerMapPage,
} from './lazyPages';
import { QuestionPage, type AnswerSubmission } from './pages/QuestionPage';
import { refusalMessage, type Refusal } from './refusal';
import { StartPage } from './pages/StartPage';
import { LeaveWarning } from './components/LeaveWarning';
import { UnsavedContext } from './components/unsaved';
import { applySettingsToDocument, loadSettings, saveSettings, type SettingName, type Settings } from './settings';
import { namedView, parseRoute, routeHash, type Route } from './route';
import { quickExit } from './quickExit';
import { useQuickExitKeys } from './useQuickExitKeys';

/** Why the pathway refused an answer, as a message key. */

/** The trainer's view (issue 14): no case behind it, so a link may open it directly. */
const TRAINER_VIEWS: readonly Route['view'][] = ['map', 'case-studies', 'case-study', 'opened-file', 'decision-sheet'];
/** The manager's view (issue 15): no case open behind it, so a link may open it directly. */
const MANAGER_VIEWS: readonly Route['view'][] = ['team-overview', 'team-settings', 'case-review', 'supervision-record'];

const CASE_VIEWS: readonly Route['view'][] = ['case', 'check', 'change', 'print', 'handover', 'case-overview', 'contacts', 'contact', 'review-date'];

export function App() {
  const { t } = useTranslation();
  const recordText = useRecordText();
  const session = useCaseSession();
  const [settings, setSettings] = useState<Settings>(loadSettings);
  const [settingsSaveFailed, setSettingsSaveFailed] = useState(false);
  const [route, setRoute] = useState<Route>(() => {
    const parsed = parseRoute(window.location.hash);
    // A new visit never opens straight into a case: only a reload of a tab that had one open.
    return session.open || parsed.view === 'about' || parsed.view === 'safety' || parsed.view === 'settings' || parsed.view === 'preview' || parsed.view === 'route' || TRAINER_VIEWS.includes(parsed.view) || MANAGER_VIEWS.includes(parsed.view) ? parsed : { view: 'start' };
  });
  // A change waiting for confirmation belongs to one case and one step: any navigation drops it.
  const [pendingChange, setPendingChange] = useState<(AnswerSubmission & { dropped: StepId[]; caseId: string }) | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [changeError, setChangeError] = useState<Refusal | null>(null);
  const [confirmingClose, setConfirmingClose] = useState(false);
  const [listVersion, setListVersion] = useState(0);
  const [importedNotices, setImportedNotices] = useState<Readonly<Record<string, readonly MigrationNotice[]>>>({});
  // Where the contacts list was opened from: Back returns there (the overview, or the question).
  const [contactsFrom, setContactsFrom] = useState<'case-overview' | 'case'>('case-overview');
  // Pages that hold typed input not yet saved (issue 11): leaving asks first, the quick exit never does.
  const unsaved = useRef(new Set<string>());
  const reportUnsaved = useCallback((owner: string, dirty: boolean) => {
    if (dirty) unsaved.current.add(owner);
    else unsaved.current.delete(owner);
  }, []);
  const [leaving, setLeaving] = useState<(() => void) | null>(null);
  const open = session.open;
  const state = open?.state ?? null;
  const page = state ? currentPage(state) : null;

  // The app keeps one history entry: moving between views replaces it, so after a quick
  // exit the browser's Back cannot return into the app, and the in-page back link is the
  // one way back through the pathway (where the log records it).
  const go = useCallback((next: Route) => {
    setPendingChange(null);
    setChangeError(null);
    setLeaving(null);
    unsaved.current.clear();
    setRoute(next);
    window.history.replaceState(null, '', routeHash(next));
  }, []);
  /** Leaves the page, asking first where it holds typed input not yet saved. */
  const guarded = useCallback((leave: () => void) => {
    if (unsaved.current.size > 0) setLeaving(() => leave);
    else leave();
  }, []);
  const navigate = useCallback((next: Route) => guarded(() => go(next)), [guarded, go]);

  // A link followed, or an address typed, within the app (the app itself never adds history).
  useEffect(() => {
    // Only the app's own addresses (#/…): the skip link and error links (#main-content,
    // #answer-…) move focus within the page and must not change the view.
    const onHashChange = () => {
      if (window.location.hash.startsWith('#/')) setRoute(parseRoute(window.location.hash));
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  // The address names the page (a step id), never an answer or anything about the adult.
  useEffect(() => {
    const hash = routeHash(route.view === 'case' && page ? { view: 'case', page } : route);
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
  }, [route, page]);

  useEffect(() => {
    applySettingsToDocument(settings);
  }, [settings]);

  const exit = useCallback(() => {
    quickExit(localSettings.quickExitUrl, {
      forgetOpenCase: () => rememberOpenCase(null),
      ...(settings.exitDeletesCase ? { deleteOpenCase: session.remove } : {}),
      replaceLocation: (url) => window.location.replace(url),
    });
  }, [settings.exitDeletesCase, session.remove]);
  useQuickExitKeys(exit);

  const append = useCallback(
    (entry: NewEntry): Refusal | null => {
      const refused = session.append(entry);
      return refused ? refusalMessage(refused) : null;
    },
    [session],
  );
  /**
   * An entry from a page: a back or a disagreement leaves the page, so it asks first where the page
   * holds typed input. An emergency never waits: it goes at once.
   */
  const appendFromPage = useCallback(
    (entry: NewEntry): Refusal | null => {
      const leaves = entry.kind === 'back' || (entry.kind === 'event' && entry.event === 'disagree');
      if (leaves && unsaved.current.size > 0) {
        setLeaving(() => () => {
          unsaved.current.clear();
          setLeaving(null);
          append(entry);
        });
        return null;
      }
      return append(entry);
    },
    [append],
  );

  function confirmChange(change: AnswerSubmission) {
    const refused = append({ kind: 'change', step: change.step, value: change.value, ...(change.rationale ? { rationale: change.rationale } : {}) });
    if (refused) return refused;
    setPendingChange(null);
    navigate({ view: 'case' });
    return null;
  }

  function submitChange(submission: AnswerSubmission) {
    if (!state) return null;
    const dropped = droppedByChange(state, submission.step);
    if (dropped.length === 0 || !open) return confirmChange(submission);
    setPendingChange({ ...submission, dropped, caseId: open.record.id });
    return null;
  }

  function updateSetting(name: SettingName, value: boolean) {
    const next = { ...settings, [name]: value };
    setSettings(next);
    setSettingsSaveFailed(!saveSettings(next));
  }

  const view = CASE_VIEWS.includes(route.view) && !state ? 'start' : route.view;
  // The pages asked before an outcome or the ladder are views of their own, not steps of the chart.
  const askedFirst = view === 'case' && state ? (needsReviewDate(state) ? 'review-date' : needsDisagreementDetails(state) ? 'disagreement' : undefined) : undefined;
  // A page asked first is a page of its own: moving on from it moves focus to the next heading.
  const pageKey =
    view === 'case'
      ? `case:${page}:${state ? pageMoves(state) : 0}:${askedFirst ?? ''}`
      : `${view}:${pendingChange ? 'confirm' : ''}:${route.view === 'change' ? route.step : route.view === 'preview' ? route.page : route.view === 'map' ? (route.focus ?? '') : route.view === 'case-study' ? `${route.scenario}/${route.step ?? 0}` : route.view === 'opened-file' ? `${route.step ?? 0}` : route.view === 'case-review' || route.view === 'supervision-record' ? route.caseId : ''}`;
  const toCase = () => navigate({ view: 'case' });
  const closeCase = () => {
    setConfirmingClose(false);
    session.close();
    navigate({ view: 'start' });
  };
  const toCheck = () => navigate({ view: 'check' });

  let main: React.ReactNode;
  if (view === 'safety') main = <SafetyPage onBack={() => navigate({ view: 'about' })} />;
  else if (view === 'about') main = <AboutPage onBack={() => navigate(state ? { view: 'case' } : { view: 'start' })} onPreview={(previewed) => navigate({ view: 'preview', page: previewed })} />;
  else if (view === 'settings')
    main = (
      <SettingsPage
        settings={settings}
        onChange={updateSetting}
        saveFailed={settingsSaveFailed}
        onDone={() => navigate(state ? { view: 'case' } : { view: 'start' })}
        onTeamSettings={() => navigate({ view: 'team-settings' })}
      />
    );
  else if (view === 'preview' && route.view === 'preview') main = <PreviewPage page={route.page} onStart={() => navigate({ view: 'start' })} />;
  else if (view === 'map' && route.view === 'map')
    main = <TrainerMapPage focus={route.focus} onFocus={(focus) => navigate({ view: 'map', focus })} onNavigate={(to) => navigate({ view: to })} />;
  else if (view === 'case-studies')
    main = <CaseStudiesPage onPlay={(scenario) => navigate({ view: 'case-study', scenario })} onNavigate={(to) => navigate({ view: to })} />;
  else if (view === 'case-study' && route.view === 'case-study')
    main = (
      <CaseStudyPage
        scenarioId={route.scenario}
        step={route.step}
        onStep={(step) => navigate({ view: 'case-study', scenario: route.scenario, step })}
        onNavigate={(to) => navigate({ view: to })}
      />
    );
  else if (view === 'opened-file' && route.view === 'opened-file')
    main = <OpenedFilePage step={route.step} onStep={(step) => navigate({ view: 'opened-file', step })} onNavigate={(to) => navigate({ view: to })} />;
  else if (view === 'team-overview') main = <TeamOverviewPage onNavigate={navigate} />;
  else if (view === 'team-settings') main = <TeamSettingsPage onNavigate={navigate} />;
  else if (view === 'case-review' && route.view === 'case-review')
    main = (
      <CaseReviewPage
        caseId={route.caseId}
        onNavigate={navigate}
        onOpenCase={(id) => {
          const fault = session.openCase(id, importedNotices[id] ?? []);
          if (fault) {
            setNotice(recordText(fault.message));
            navigate({ view: 'start' });
          } else {
            setContactsFrom('case-overview');
            navigate({ view: 'case-overview' });
          }
        }}
      />
    );
  else if (view === 'supervision-record' && route.view === 'supervision-record') main = <SupervisionRecordPage caseId={route.caseId} onNavigate={navigate} />;
  else if (view === 'decision-sheet') main = <DecisionSheetPage onNavigate={(to) => navigate({ view: to })} />;
  else if (view === 'case-overview' && open && state)
    main = <CaseOverviewPage file={open.record.file} state={state} onNavigate={navigate} onDisagree={() => {
      if (!appendFromPage({ kind: 'event', event: 'disagree' })) go({ view: 'case' });
    }} />;
  else if (view === 'contacts' && state)
    main = (
      <ContactsPage
        state={state}
        onNavigate={navigate}
        onAppend={append}
        back={contactsFrom === 'case' ? { label: 'question', onBack: () => navigate({ view: 'case' }) } : { label: 'overview', onBack: () => navigate({ view: 'case-overview' }) }}
      />
    );
  else if (view === 'contact' && state && route.view === 'contact')
    main = <ContactPage key={`contact-${route.corrects ?? 'new'}`} state={state} {...(route.corrects ? { corrects: route.corrects } : {})} onSave={append} onSaved={() => go({ view: 'contacts' })} onBack={() => navigate({ view: 'contacts' })} />;
  else if (view === 'review-date' && state) main = <ReviewDatePage state={state} onSave={append} onSaved={() => go({ view: 'case-overview' })} onBack={() => navigate({ view: 'case-overview' })} />;
  else if (view === 'check' && state) main = <CheckAnswersPage state={state} onChange={(step) => navigate({ view: 'change', step })} onReturn={toCase} />;
  else if (view === 'print' && open) main = <PrintPage file={open.record.file} state={open.state} onReturn={toCase} />;
  else if (view === 'handover' && open) main = <HandoverPage file={open.record.file} state={open.state} onReturn={toCase} />;
  else if (view === 'change' && state && route.view === 'change' && pendingChange?.step === route.step && pendingChange.caseId === open?.record.id)
    main = (
      <ConfirmChangePage
        step={pendingChange.step}
        dropped={pendingChange.dropped}
        error={changeError ? t(changeError) : null}
        onConfirm={() => setChangeError(confirmChange(pendingChange))}
        onCancel={() => {
          setPendingChange(null);
          toCheck();
        }}
      />
    );
  else if (view === 'change' && state && route.view === 'change')
    main = (
      <QuestionPage
        key={`change-${route.step}`}
        state={state}
        onAnswer={submitChange}
        onEvent={appendFromPage}
        onCheckAnswers={toCheck}
        changing={{ step: route.step, onCancel: toCheck }}
      />
    );
  else if (view === 'route' && route.view === 'route')
    main = <RoutePage route={route.route} state={state} onBack={() => navigate(state ? { view: 'case' } : { view: 'start' })} />;
  else if (view === 'case' && state && page && needsReviewDate(state))
    // The review date is asked before the outcome, on a page of its own, and saved when continuing.
    main = <ReviewDatePage key={pageKey} state={state} onSave={append} onSaved={() => go({ view: 'case' })} onBack={() => appendFromPage({ kind: 'back' })} />;
  else if (view === 'case' && state && page && needsDisagreementDetails(state))
    main = <DisagreementPage key={pageKey} onSave={append} onSaved={() => go({ view: 'case' })} onBack={() => appendFromPage({ kind: 'back' })} />;
  else if (view === 'case' && state && page)
    main =
      pageKind(state) === 'outcome' ? (
        <OutcomePage key={pageKey} state={state} onEvent={appendFromPage} onCheckAnswers={toCheck} onNavigate={navigate} />
      ) : (
        <QuestionPage
          key={pageKey}
          state={state}
          onAnswer={(answer) => append({ kind: 'answer', ...answer })}
          onEvent={appendFromPage}
          onCheckAnswers={toCheck}
          onContacts={() => {
            setContactsFrom('case');
            navigate({ view: 'contacts' });
          }}
        />
      );
  else
    main = (
      <StartPage
        notice={notice}
        listVersion={listVersion}
        onStart={(reference) => {
          session.start(reference);
          setNotice(null);
          toCase();
        }}
        onOpen={(id) => {
          // A case imported from an earlier version in this visit opens with what changed since.
          const fault = session.openCase(id, importedNotices[id] ?? []);
          if (fault) setNotice(recordText(fault.message));
          else {
            setNotice(null);
            // A case opened from the list lands on its overview: where it stands, and what can be done.
            setContactsFrom('case-overview');
            navigate({ view: 'case-overview' });
          }
        }}
        onImported={(id, reference, notices) => {
          if (notices.length > 0) setImportedNotices((known) => ({ ...known, [id]: notices }));
          setNotice([t('importCase.imported', { reference }), ...notices.map((notice) => recordText(notice.message))].join(' '));
          setListVersion((n) => n + 1);
        }}
        onManager={() => navigate({ view: 'team-overview' })}
        onMerged={(_id, reference, added) => {
          setNotice(t('importCase.merged', { reference, count: added }));
          setListVersion((n) => n + 1);
        }}
      />
    );

  if (leaving) {
    main = (
      <>
        <LeaveWarning onStay={() => setLeaving(null)} onLeave={leaving} />
        {main}
      </>
    );
  }
  const dataStep = askedFirst ? undefined : view === 'case' && page ? page : view === 'change' && route.view === 'change' ? route.step : undefined;
  return (
    <UnsavedContext.Provider value={reportUnsaved}>
    <Layout
      pageKey={pageKey}
      dataStep={dataStep && (isStepId(dataStep) || view === 'case') ? dataStep : undefined}
      // A file the trainer opened plays in the case-study player (issue 14), so it names itself as one.
      dataView={askedFirst ?? (view === 'opened-file' ? 'case-study' : namedView(view))}
      neutralTitle={settings.neutralTitle}
      onExit={exit}
      onNavigate={navigate}
      caseOpen={open !== null}
      onCloseCase={() => {
        // What storage refused to save exists only in this page: ask before it goes.
        if (session.storeFault && !confirmingClose) {
          setConfirmingClose(true);
          if (!CASE_VIEWS.includes(view)) navigate({ view: 'case' });
          return;
        }
        closeCase();
      }}
      banner={
        open && CASE_VIEWS.includes(view) ? (
          <>
            <CaseTools
              file={open.record.file}
              onNavigate={(to) => navigate({ view: to })}
              onEmergency={
                state && availableEvents(state).includes('emergency')
                  ? () => {
                      if (!append({ kind: 'event', event: 'emergency' })) go({ view: 'case' });
                    }
                  : undefined
              }
            />
            <CaseBanner
              file={open.record.file}
              storeFault={session.storeFault}
              conflict={session.conflict}
              notices={open.notices}
              onChoose={session.chooseOnConflict}
              confirmClose={confirmingClose ? { onClose: closeCase, onStay: () => setConfirmingClose(false) } : null}
            />
          </>
        ) : null
      }
    >
      {main}
    </Layout>
    </UnsavedContext.Provider>
  );
}
