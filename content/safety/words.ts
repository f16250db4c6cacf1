/**
 * The hazard log's words as an i18next namespace (`hazards`), so the safety page reads them in the
 * page's language and the pseudo-locale finds any that escape it, as it does the changelog's. The
 * log (content/safety/hazards.json) is written in English: these are en-GB's words; another locale
 * gives its own translation of the same keys.
 */
import type { HazardLog } from '../schema/safety';

export interface HazardWords {
  title: string;
  cause: string;
  harm: string;
  controls: string[];
  residual: string;
  pending?: string;
}

export function hazardWords(log: Pick<HazardLog, 'signOff' | 'hazards'>): { signOff: { role: string }; hazards: Record<string, HazardWords> } {
  return {
    signOff: { role: log.signOff.role },
    hazards: Object.fromEntries(
      log.hazards.map((hazard) => [
        hazard.id,
        {
          title: hazard.title,
          cause: hazard.cause,
          harm: hazard.harm,
          controls: hazard.controls.map((control) => control.text),
          residual: hazard.residual.text,
          ...(hazard.pending ? { pending: hazard.pending } : {}),
        },
      ]),
    ),
  };
}
