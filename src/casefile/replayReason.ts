/**
 * Why the pathway refused an entry, as a message. Replay's error says which entry and a code
 * (machines/replay.ts); the rest of what the message names (the page the case was on, the step,
 * the answer, the event, the rule that withholds it) is read here from the entry and the state
 * replay stopped in, so the words stay in content.
 */
import { currentPage, type CaseState, type LogEntry, type ReplayError } from '../../machines';
import { message, type RecordMessage } from './messages';

const answerText = (value: string | readonly string[]): string => (typeof value === 'string' ? value : value.join(', '));

export function replayReason(error: ReplayError, state: CaseState, entry: LogEntry | undefined): RecordMessage {
  const page = currentPage(state);
  const step = entry && 'step' in entry ? entry.step : '';
  const value = entry && 'value' in entry ? answerText(entry.value) : '';
  switch (error.code) {
    case 'wrong-step':
      return message('replay.wrong-step', { page, step });
    case 'not-offered':
      return message('replay.not-offered', { step, value });
    case 'withheld':
      return message('replay.withheld', { step, value, rule: error.rule ?? '' });
    case 'not-available':
      return message('replay.not-available', { event: entry && 'event' in entry ? entry.event : '', page });
    case 'nothing-to-undo':
      return message('replay.nothing-to-undo', { page });
    case 'not-answered':
      return message('replay.not-answered', { step });
    case 'invalid-entry':
      return message('replay.invalid-entry');
    case 'unknown-entry': {
      const id =
        entry?.kind === 'contact' ? entry.corrects : entry?.kind === 'contactError' ? entry.refersTo : entry?.kind === 'note' ? entry.resolves : entry?.kind === 'actionDone' ? entry.action : undefined;
      return message('replay.unknown-entry', { id: id ?? '' });
    }
  }
}
