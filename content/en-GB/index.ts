/**
 * The en-GB words, one JSON file per namespace (style.md, rule 9). A new locale is a folder like
 * this one, with the same files and this index, and one line in content/locales.ts.
 */
import steps from './steps.json';
import outcomes from './outcomes.json';
import actions from './actions.json';
import routes from './routes.json';
import rules from './rules.json';
import about from './about.json';
import ui from './ui.json';
import record from './record.json';

const enGB = { steps, outcomes, actions, routes, rules, about, ui, record };
export default enGB;
export type LocaleFiles = typeof enGB;
