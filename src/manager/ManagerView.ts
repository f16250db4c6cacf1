/** The manager's view (issue 15): one lazy chunk, loaded only when a manager opens it (src/lazyPages.tsx). */
import './manager.scss';
export { TeamOverviewPage } from './TeamOverviewPage';
export { CaseReviewPage } from './CaseReviewPage';
export { SupervisionRecordPage } from './SupervisionRecordPage';
export { TeamSettingsPage } from './TeamSettingsPage';
