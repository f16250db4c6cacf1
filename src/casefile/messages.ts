/**
 * What the case record tells a person, as codes with parameters: never words. The words are in
 * content/en-GB/record.json (the `record` namespace), one key per code, and the page renders a
 * message with `t('record:<code>', params)`. A parameter may itself be a message (a JSON fault
 * inside an import fault, a value shown inside a schema issue): the page renders the inner one
 * first. A list parameter is rendered item by item and joined.
 *
 * tests/casefile/messages.test.ts checks that every code here has its wording in record.json and
 * that record.json has no key without a code.
 */

export const RECORD_CODES = [
  // import
  'import.unchanged', 'import.cannotMigrate', 'import.notText', 'import.tooLarge', 'import.empty',
  'import.notJson', 'import.notJsonAt', 'import.cutShort', 'import.noVersion', 'import.badVersion',
  'import.newerFormat', 'import.newerPathway', 'import.notACase', 'import.rawStillUnreadable',
  'import.noFormat', 'import.badFormat', 'import.wrongShape', 'import.wrongShapeMore', 'import.refused',
  'import.crashed',
  // migrate
  'migrate.unknownFormat', 'migrate.unknownFormatConverts', 'migrate.format0Shape', 'migrate.unknownPathway',
  'migrate.stepRemoved',
  // notice
  'notice.format', 'notice.pathway', 'notice.pathwayRenamed', 'notice.renamed', 'notice.contentOlder',
  'notice.contentOlderUnrecorded', 'notice.contentNewer',
  // replay
  'replay.wrong-step', 'replay.not-offered', 'replay.withheld', 'replay.not-available',
  'replay.nothing-to-undo', 'replay.not-answered', 'replay.invalid-entry', 'replay.unknown-entry',
  // issue
  'issue.at', 'issue.atEntry', 'issue.top', 'issue.topUnreadable', 'issue.missing', 'issue.expected',
  'issue.notStep', 'issue.notEvent', 'issue.notFormat', 'issue.notAllowed', 'issue.notKind',
  'issue.notAnswer', 'issue.notAllowedHere', 'issue.notDateTime', 'issue.notDate', 'issue.notForm',
  'issue.empty', 'issue.emptyList', 'issue.tooSmall', 'issue.tooBig', 'issue.other',
  // entry
  'entry.notEntry', 'entry.unknownKind', 'entry.kind', 'entry.answerAt', 'entry.event',
  // value
  'value.text', 'value.literal', 'value.nothing', 'value.null', 'value.list', 'value.object',
  // kind
  'kind.null', 'kind.list', 'kind.text', 'kind.number', 'kind.boolean', 'kind.object', 'kind.nothing',
  // json
  'json.endInWord', 'json.brokenWord', 'json.controlInText', 'json.endInText', 'json.brokenUnicodeEscape',
  'json.unknownEscape', 'json.endInNumber', 'json.badNumber', 'json.endWhereValue', 'json.foundWhereValue',
  'json.endWhereName', 'json.foundWhereName', 'json.endWhereColon', 'json.foundWhereColon',
  'json.foundAfterEnd', 'json.endBeforeData', 'json.foundWhereSeparator',
  // character
  'character.end', 'character.lineBreak', 'character.tab', 'character.control', 'character.unreadable',
  'character.shown',
  // store
  'store.unavailable', 'store.full', 'store.missing', 'store.corrupt',
  // conflict
  'conflict.movedOn', 'conflict.renamed', 'conflict.added', 'conflict.changed', 'conflict.deleted',
  'conflict.exists', 'conflict.unreadable',
] as const;

export type RecordCode = (typeof RECORD_CODES)[number];

export type MessageParam = string | number | RecordMessage | readonly MessageParam[];

export interface RecordMessage {
  readonly code: RecordCode;
  readonly params?: Readonly<Record<string, MessageParam>>;
}

/** A message: its code, and the values its wording needs. */
export const message = (code: RecordCode, params?: Readonly<Record<string, MessageParam>>): RecordMessage =>
  params === undefined ? { code } : { code, params };

export const isRecordMessage = (value: unknown): value is RecordMessage =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { code?: unknown }).code === 'string';
