/**
 * A scenario fault (src/cli/scenarioFault.ts) in the page's language: its code is a key of the
 * trainer's namespace (`scenarioFault.<code>`), a record message inside it is worded from the
 * `record` namespace, as everywhere else. `npm run scenario` words the same codes from the same
 * en-GB words (src/cli/faultWords.ts).
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecordText } from '../components/recordMessage';
import { faultText, type ScenarioFault } from '../cli/scenarioFault';

export function useFaultText(): (fault: ScenarioFault) => string {
  const { t } = useTranslation('trainer');
  const recordText = useRecordText();
  return useCallback((fault: ScenarioFault) => faultText(fault, (code, params) => t(`scenarioFault.${code}`, params), (message) => recordText(message)), [t, recordText]);
}
