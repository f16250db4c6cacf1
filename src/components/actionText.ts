/** An action of a case in words: what to do and who does it, from its ref (machines/actions.ts). */
import { CASE_ACTION_IDS, isOutcomeId, type CaseActionId } from '../../machines';
import { useContent } from '../useContent';

export interface ActionWords {
  readonly text: string;
  readonly who: string;
  readonly sources: readonly string[];
}

export function useActionWords() {
  const content = useContent();
  return (ref: string): ActionWords => {
    if ((CASE_ACTION_IDS as readonly string[]).includes(ref)) return content.caseAction(ref as CaseActionId);
    const [outcome = '', id] = ref.split('.');
    const action = isOutcomeId(outcome) ? content.outcome(outcome).actions.find((candidate) => candidate.id === id) : undefined;
    return action ?? { text: ref, who: '', sources: [] };
  };
}
