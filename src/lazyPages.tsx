/**
 * The pages the start page and the first question do not need, each loaded when first shown
 * (issue 13, the first load): outcomes, check your answers, print and handover, About, settings,
 * previews. The service worker precaches their chunks, so offline they load at once, and the app
 * loads them all while idle after the first page (preloadPages), so in practice no page waits.
 *
 * Not React.lazy: a page already loaded renders at once, without a Suspense round, so focus and
 * the live region move with the page exactly as they did when every page was in one bundle.
 */
import { use, type ComponentType } from 'react';

interface LazyPage<Props> {
  (props: Props): React.ReactNode;
  preload: () => Promise<void>;
}

function lazyPage<Props extends object>(load: () => Promise<ComponentType<Props>>): LazyPage<Props> {
  let loaded: ComponentType<Props> | undefined;
  let pending: Promise<void> | undefined;
  const preload = () => {
    pending ??= load().then((page) => {
      loaded = page;
    });
    return pending;
  };
  function Page(props: Props) {
    if (!loaded) use(preload());
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : null;
  }
  return Object.assign(Page, { preload });
}

type PropsOf<Page> = Page extends ComponentType<infer Props> ? Props & object : never;

const outcomePage = () => import('./pages/OutcomePage');
const checkAnswersPage = () => import('./pages/CheckAnswersPage');
const printPage = () => import('./pages/PrintPage');

export const OutcomePage = lazyPage<PropsOf<typeof import('./pages/OutcomePage').OutcomePage>>(() => outcomePage().then((m) => m.OutcomePage));
export const CheckAnswersPage = lazyPage<PropsOf<typeof import('./pages/CheckAnswersPage').CheckAnswersPage>>(() =>
  checkAnswersPage().then((m) => m.CheckAnswersPage),
);
export const ConfirmChangePage = lazyPage<PropsOf<typeof import('./pages/CheckAnswersPage').ConfirmChangePage>>(() =>
  checkAnswersPage().then((m) => m.ConfirmChangePage),
);
export const PrintPage = lazyPage<PropsOf<typeof import('./pages/PrintPage').PrintPage>>(() => printPage().then((m) => m.PrintPage));
export const HandoverPage = lazyPage<PropsOf<typeof import('./pages/PrintPage').HandoverPage>>(() => printPage().then((m) => m.HandoverPage));
export const AboutPage = lazyPage<PropsOf<typeof import('./pages/AboutPage').AboutPage>>(() => import('./pages/AboutPage').then((m) => m.AboutPage));
export const PreviewPage = lazyPage<PropsOf<typeof import('./pages/PreviewPage').PreviewPage>>(() =>
  import('./pages/PreviewPage').then((m) => m.PreviewPage),
);
export const SettingsPage = lazyPage<PropsOf<typeof import('./pages/SettingsPage').SettingsPage>>(() =>
  import('./pages/SettingsPage').then((m) => m.SettingsPage),
);

export const SafetyPage = lazyPage<PropsOf<typeof import('./pages/SafetyPage').SafetyPage>>(() => import('./pages/SafetyPage').then((m) => m.SafetyPage));

/**
 * The trainer's view (issue 14): a chunk of its own, with its layout data and words, never preloaded,
 * so none of it is in the practitioner's first load (bench/budget.json).
 */
const trainer = () => import('./trainer/TrainerView');
export const TrainerMapPage = lazyPage<PropsOf<typeof import('./trainer/TrainerView').MapPage>>(() => trainer().then((m) => m.MapPage));
export const CaseStudiesPage = lazyPage<PropsOf<typeof import('./trainer/TrainerView').CaseStudiesPage>>(() => trainer().then((m) => m.CaseStudiesPage));
export const CaseStudyPage = lazyPage<PropsOf<typeof import('./trainer/TrainerView').CaseStudyPage>>(() => trainer().then((m) => m.CaseStudyPage));
export const OpenedFilePage = lazyPage<PropsOf<typeof import('./trainer/TrainerView').OpenedFilePage>>(() => trainer().then((m) => m.OpenedFilePage));
export const DecisionSheetPage = lazyPage<PropsOf<typeof import('./trainer/TrainerView').DecisionSheetPage>>(() => trainer().then((m) => m.DecisionSheetPage));

/** The manager's view (issue 15): a chunk of its own, never preloaded, never in the practitioner's first load. */
const manager = () => import('./manager/ManagerView');
export const TeamOverviewPage = lazyPage<PropsOf<typeof import('./manager/ManagerView').TeamOverviewPage>>(() => manager().then((m) => m.TeamOverviewPage));
export const CaseReviewPage = lazyPage<PropsOf<typeof import('./manager/ManagerView').CaseReviewPage>>(() => manager().then((m) => m.CaseReviewPage));
export const SupervisionRecordPage = lazyPage<PropsOf<typeof import('./manager/ManagerView').SupervisionRecordPage>>(() => manager().then((m) => m.SupervisionRecordPage));
export const TeamSettingsPage = lazyPage<PropsOf<typeof import('./manager/ManagerView').TeamSettingsPage>>(() => manager().then((m) => m.TeamSettingsPage));

/** The case's own pages past the first question (issue 11, 12): the overview, contacts, dates asked first, a route. */
export const CaseOverviewPage = lazyPage<PropsOf<typeof import('./pages/CaseOverviewPage').CaseOverviewPage>>(() =>
  import('./pages/CaseOverviewPage').then((m) => m.CaseOverviewPage),
);
export const ContactsPage = lazyPage<PropsOf<typeof import('./pages/ContactsPage').ContactsPage>>(() => import('./pages/ContactsPage').then((m) => m.ContactsPage));
export const ContactPage = lazyPage<PropsOf<typeof import('./pages/ContactPage').ContactPage>>(() => import('./pages/ContactPage').then((m) => m.ContactPage));
export const ReviewDatePage = lazyPage<PropsOf<typeof import('./pages/ReviewDatePage').ReviewDatePage>>(() =>
  import('./pages/ReviewDatePage').then((m) => m.ReviewDatePage),
);
export const DisagreementPage = lazyPage<PropsOf<typeof import('./pages/DisagreementPage').DisagreementPage>>(() =>
  import('./pages/DisagreementPage').then((m) => m.DisagreementPage),
);
export const RoutePage = lazyPage<PropsOf<typeof import('./pages/RoutePage').RoutePage>>(() => import('./pages/RoutePage').then((m) => m.RoutePage));

const PAGES = [CaseOverviewPage, ContactsPage, ContactPage, ReviewDatePage, DisagreementPage, RoutePage, SafetyPage, OutcomePage, CheckAnswersPage, ConfirmChangePage, PrintPage, HandoverPage, AboutPage, PreviewPage, SettingsPage];

/** Loads every later page: run once the first page is shown and the browser is idle. */
export const preloadPages = (): Promise<void> => Promise.all(PAGES.map((page) => page.preload())).then(() => undefined);
