/**
 * The case file's shared vocabulary: what an import can fail with, what a migration tells the
 * practitioner, and the versions the app knows. Messages are codes (messages.ts), never words.
 */
import type { RecordMessage } from './messages';

/** The versions this app reads and writes (CASE_FORMAT_VERSION, PATHWAY_VERSION, contentVersion). */
export interface KnownVersions {
  readonly format: number;
  readonly pathwayVersion: string;
  readonly contentVersion: string;
}

export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'wrong-shape'
  | 'newer-version'
  | 'cannot-migrate'
  | 'rejected-entry';

/** Where the top of a file is, as `where` names it (JSONPath's root). */
export const TOP_OF_FILE = '$';

/**
 * Why a case file could not be opened. `message` is for the practitioner and names where the
 * fault is; `where` is the same place on its own (a JSON `line:column`, a field path such as
 * `entries[4].step`, a top-level field, or `$` for the top of the file), for a page or a tool
 * that wants it apart.
 */
export interface ImportError {
  readonly code: ImportErrorCode;
  readonly message: RecordMessage;
  readonly where?: string;
  /** The entry at fault, counted from 1 as the message counts, where one entry is at fault. */
  readonly entry?: number;
}

/** What changed since the version a case was saved with, shown when it opens. */
export interface MigrationNotice {
  readonly part: 'format' | 'pathway' | 'content';
  readonly from: string;
  readonly to: string;
  readonly message: RecordMessage;
  /** The changelog's lines for the versions in between, oldest first: where each is, and its words. */
  readonly changes: readonly ChangelogLine[];
  /** Questions this case should look at again after the upgrade (changelog `revisit`), each with why. */
  readonly revisit: readonly { readonly step: string; readonly version: string; readonly why: string }[];
}

/**
 * A line of the changelog: which release and which of its changes, so that a page can show it in
 * its own language (the `changelog` namespace), and its words as the changelog holds them.
 */
export interface ChangelogLine {
  readonly part: 'pathway' | 'content';
  readonly version: string;
  readonly index: number;
  readonly text: string;
}
