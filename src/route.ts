import { isPageId, isRouteId, isStepId, type PageId, type RouteId, type StepId } from '../machines/ids';

/**
 * The app's views, named in the address after `#`. A link may name a step (for training
 * and for a reload), never an answer, a reference or anything about the adult.
 */
export type Route =
  | { view: 'start' }
  | { view: 'about' }
  /** The safety case: hazards, controls, residual risks, sign-off (issue 16). */
  | { view: 'safety' }
  | { view: 'settings' }
  | { view: 'check' }
  | { view: 'print' }
  | { view: 'handover' }
  /** The home of an open case: where it stands and what can be done (issue 11). */
  | { view: 'case-overview' }
  | { view: 'contacts' }
  /** A contact's page: a new one, or a correction of the contact with this entry id (an id, never a name). */
  | { view: 'contact'; corrects?: string }
  | { view: 'review-date' }
  /** One route's legal detail: for the open case, or as a training preview. */
  | { view: 'route'; route: RouteId }
  | { view: 'change'; step: StepId }
  /** A page of the pathway shown for training, with no case: a link may name it. */
  | { view: 'preview'; page: PageId }
  /** The trainer's map (issue 14), centred on a page when a link names one. */
  | { view: 'map'; focus?: PageId }
  /** The trainer's library of case studies. */
  | { view: 'case-studies' }
  /** A case study played step by step: the scenario's id and the step's number, never an answer. */
  | { view: 'case-study'; scenario: string; step?: number }
  /** A file the trainer opened (an exported case, or a scenario of their own), played from memory: the step's number only. */
  | { view: 'opened-file'; step?: number }
  /** The blank decision sheet for group exercises, to print. */
  | { view: 'decision-sheet' }
  /** The manager's view (issue 15): the team's cases, one case read for review, its supervision record, the team's settings. */
  | { view: 'team-overview' }
  | { view: 'team-settings' }
  /** A case by its case id (a random id, never its reference or anything about the adult). */
  | { view: 'case-review'; caseId: string }
  | { view: 'supervision-record'; caseId: string }
  | { view: 'case'; page?: PageId };

/**
 * The views that name themselves on `<main data-view>` (architecture.md's page vocabulary), as far
 * as they are built here: tests and the safety case's controls name pages by these.
 */
export const NAMED_VIEWS = ['about', 'settings', 'safety', 'case-overview', 'contacts', 'contact', 'review-date', 'route', 'map', 'case-study', 'case-studies', 'decision-sheet', 'team-overview', 'team-settings', 'case-review', 'supervision-record'] as const satisfies readonly Route['view'][];
export type NamedView = (typeof NAMED_VIEWS)[number];
export const namedView = (view: string): NamedView | undefined => (NAMED_VIEWS as readonly string[]).find((named): named is NamedView => named === view);

export function parseRoute(hash: string): Route {
  const [view, id, more] = hash.replace(/^#\/?/, '').split('/');
  switch (view) {
    case 'about':
    case 'safety':
    case 'settings':
    case 'check':
    case 'print':
    case 'handover':
    case 'case-overview':
    case 'contacts':
    case 'review-date':
      return { view };
    case 'route':
      return id && isRouteId(id) ? { view: 'route', route: id } : { view: 'start' };
    case 'contact':
      // An entry id is letters, digits, '-' and '_' (machines/log.ts); anything else is dropped.
      return id && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? { view: 'contact', corrects: id } : { view: 'contact' };
    case 'change':
      return id && isStepId(id) ? { view: 'change', step: id } : { view: 'check' };
    case 'case':
      return id && isPageId(id) ? { view: 'case', page: id } : { view: 'case' };
    case 'preview':
      return id && isPageId(id) ? { view: 'preview', page: id } : { view: 'start' };
    case 'map':
      return id && isPageId(id) ? { view: 'map', focus: id } : { view: 'map' };
    case 'case-studies':
      return { view: 'case-studies' };
    case 'decision-sheet':
      return { view: 'decision-sheet' };
    case 'opened-file':
      return id && /^\d{1,4}$/.test(id) ? { view: 'opened-file', step: Number(id) } : { view: 'opened-file' };
    case 'team-overview':
    case 'team-settings':
      return { view };
    case 'case-review':
    case 'supervision-record':
      // A case id is letters, digits, '-' and '_' (machines/log.ts); anything else is dropped.
      return id && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? { view, caseId: id } : { view: 'team-overview' };
    case 'case-study': {
      // A scenario id is kebab-case (content/schema/scenario.ts); a step is a number.
      if (!id || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) return { view: 'case-studies' };
      const step = more && /^\d{1,3}$/.test(more) ? Number(more) : undefined;
      return step === undefined ? { view: 'case-study', scenario: id } : { view: 'case-study', scenario: id, step };
    }
    default:
      return { view: 'start' };
  }
}

export function routeHash(route: Route): string {
  switch (route.view) {
    case 'start':
      return '#/';
    case 'change':
      return `#/change/${route.step}`;
    case 'case':
      return route.page ? `#/case/${route.page}` : '#/case';
    case 'preview':
      return `#/preview/${route.page}`;
    case 'route':
      return `#/route/${route.route}`;
    case 'contact':
      return route.corrects ? `#/contact/${route.corrects}` : '#/contact';
    case 'map':
      return route.focus ? `#/map/${route.focus}` : '#/map';
    case 'case-review':
    case 'supervision-record':
      return `#/${route.view}/${route.caseId}`;
    case 'case-study':
      return `#/case-study/${route.scenario}${route.step === undefined ? '' : `/${route.step}`}`;
    case 'opened-file':
      return route.step === undefined ? '#/opened-file' : `#/opened-file/${route.step}`;
    default:
      return `#/${route.view}`;
  }
}
