import { z } from '../../machines/zod';
import { isoDate } from './sources';

const semver = z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'A version is written like 1.0.0'));

/** version.json: the content's own version and date, and the pathway version it was written for. */
export const versionSchema = z.strictObject({
  contentVersion: semver,
  date: isoDate,
  pathwayVersion: semver,
});
export type ContentVersion = z.infer<typeof versionSchema>;
