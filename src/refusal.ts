/**
 * Why an entry was not recorded, as the message key a page shows: the pathway refused it (a rule
 * withholds the answer, or the page does not offer it), or this tab is read-only (another tab took
 * the case over). Pages and components share it; neither decides it.
 */
import type { ReplayError } from '../machines';

export type Refusal = 'errors.withheld' | 'errors.notOffered' | 'errors.readOnly';

export function refusalMessage(error: ReplayError | 'read-only'): Refusal {
  if (error === 'read-only') return 'errors.readOnly';
  return error.code === 'withheld' ? 'errors.withheld' : 'errors.notOffered';
}
