/**
 * A scenario fault in English, for `npm run scenario` and the tests: the en-GB words of
 * content/en-GB/trainer.json (`scenarioFault`) and record.json, through i18next as the trainer's
 * view words them, so the command line and the browser share one wording. Node only: the browser
 * words a fault in the page's language (src/trainer/useFaultText.ts). Where the pathway refused an
 * entry, the command line prints the pathway's own detail (machines/applyEntry.ts), as it always has.
 */
import i18next from 'i18next';
import record from '../../content/en-GB/record.json';
import trainer from '../../content/en-GB/trainer.json';
import { recordText } from '../components/recordMessage';
import { faultText, type ScenarioFault } from './scenarioFault';

const english = i18next.createInstance();
void english.init({
  lng: 'en-GB',
  fallbackLng: false,
  resources: { 'en-GB': { record, trainer } },
  // Plain text for a terminal: nothing to escape.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
const recordWords = english.getFixedT('en-GB', 'record');
const trainerWords = english.getFixedT('en-GB', 'trainer');

/** A fault as `npm run scenario` prints it. */
export const englishFault = (given: ScenarioFault): string =>
  faultText(given, (code, params) => trainerWords(`scenarioFault.${code}`, params), (message, detail) => detail ?? recordText(recordWords, message));
