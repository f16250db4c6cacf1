/**
 * The hazard log as the safety page reads it. Like the rest of the content, it is checked against
 * its schema by the tests (tests/content/safety.test.ts), not in the browser: a valid file parses
 * to itself, so the cast holds.
 */
import hazardsFile from './hazards.json';
import type { HazardLog } from '../schema/safety';

export const hazardLog: HazardLog = hazardsFile as unknown as HazardLog;
export { riskRating, type Hazard, type HazardLog } from '../schema/safety';
