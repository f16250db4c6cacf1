/** The trainer's view (issue 14): one lazy chunk, loaded only when a trainer opens it (src/lazyPages.tsx). */
export { MapPage } from './MapPage';
export { CaseStudiesPage, CaseStudyPage } from './CaseStudyPages';
export { OpenedFilePage } from './OpenedFilePage';
export { DecisionSheetPage } from './DecisionSheetPage';
