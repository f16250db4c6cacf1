import { z } from '../../machines/zod';
import { blocks, text } from './common';

/**
 * about.json: the About page. What the pathway rests on, that it is a reconstruction,
 * the disclaimer, and the headings of the sections the UI builds from sources.json,
 * unconfirmed.json and the local settings.
 */
export const aboutSchema = z.strictObject({
  heading: text,
  intro: blocks,
  basis: blocks,
  reconstruction: blocks,
  disclaimer: blocks,
  /** Label before the version numbers, which come from content/version.json and machines/ids.ts. */
  versionLabel: text,
  sourcesHeading: text,
  sourcesIntro: text,
  /** In the sources table, instead of a date: listed from the brief, and not read again since. */
  sourceFromBrief: text,
  /** In the sources table, instead of a date: an official copy added here, not yet read. */
  sourceAdded: text,
  unconfirmedHeading: text,
  unconfirmedIntro: text,
  localSettingsHeading: text,
  localSettingsIntro: text,
});
export type AboutContent = z.infer<typeof aboutSchema>;
