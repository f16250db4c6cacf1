/**
 * Checks that cross files: cited sources exist, unconfirmed facts are flagged wherever
 * they are used, and `{{variables}}` name a local setting. Shared by the loader
 * (content/index.ts), which throws on any issue, and by the tests.
 */
import type { ClaimBasis } from './schema/common';
import type { SourceKind } from './schema/sources';
import type { UnconfirmedFact } from './schema/unconfirmed';

export type Path = readonly (string | number)[];

export interface ContentIssue {
  file: string;
  path: Path;
  message: string;
}

/** A guidance item, an action or a rule: anything that cites sources and may carry flags. */
interface CitingUnit {
  sources: readonly string[];
  unconfirmed?: readonly string[];
  /** What the item rests on (content/schema/common.ts, basisFields). */
  cites?: readonly string[];
  dated?: boolean;
  asAt?: string;
}

/**
 * The kinds of cited source that can carry each basis. A rule of statute may be cited from
 * the Act or from guidance issued under it; a rule of case law needs a judgment.
 */
export const SATISFIED_BY: Record<ClaimBasis, readonly SourceKind[]> = {
  statute: ['statute', 'statutory guidance'],
  'statutory guidance': ['statutory guidance'],
  'case law': ['case law'],
};

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** A YYYY-MM-DD date as the guidance writes it: 31 March 2026. */
export function dateInWords(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day ?? ''} ${MONTHS[(month ?? 1) - 1] ?? ''} ${year ?? ''}`;
}

/** Keys whose values are ids or structure, never words a reader sees. */
const STRUCTURAL_KEYS: ReadonlySet<string> = new Set([
  'type',
  'sources',
  'unconfirmed',
  'cites',
  'dated',
  'asAt',
  // An outcome action's id (machines/actions.ts): an id, never words a reader sees.
  'id',
]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCitingUnit = (value: unknown): value is CitingUnit & Record<string, unknown> =>
  isRecord(value) && Array.isArray(value.sources);

/** A citing unit and where it is. */
export interface LocatedUnit {
  unit: CitingUnit;
  path: Path;
}

export interface VisitedString {
  text: string;
  path: Path;
  /** The guidance item, action or rule the string belongs to, if any. */
  owner: LocatedUnit | null;
}

/** Every reader-facing string in a content value, with the citing unit that holds it. */
export function collectStrings(value: unknown, path: Path = [], owner: LocatedUnit | null = null): VisitedString[] {
  if (typeof value === 'string') return [{ text: value, path, owner }];
  if (Array.isArray(value)) return value.flatMap((item, index) => collectStrings(item, [...path, index], owner));
  if (!isRecord(value)) return [];
  const nextOwner = isCitingUnit(value) ? { unit: value, path } : owner;
  return Object.entries(value).flatMap(([key, child]) =>
    STRUCTURAL_KEYS.has(key) ? [] : collectStrings(child, [...path, key], nextOwner),
  );
}

/** Every citing unit in a content value, with its path. */
export function collectUnits(value: unknown, path: Path = []): LocatedUnit[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => collectUnits(item, [...path, index]));
  if (!isRecord(value)) return [];
  const own = isCitingUnit(value) ? [{ unit: value, path }] : [];
  return [
    ...own,
    ...Object.entries(value).flatMap(([key, child]) => (key === 'sources' ? [] : collectUnits(child, [...path, key]))),
  ];
}

/** Every list of unconfirmed-fact ids in a content value (guidance items and review periods). */
function collectFlagLists(value: unknown, path: Path = []): { ids: readonly string[]; path: Path }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => collectFlagLists(item, [...path, index]));
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    if ((key === 'unconfirmed' || key === 'reviewPeriodUnconfirmed') && Array.isArray(child)) {
      return [{ ids: child.filter((id): id is string => typeof id === 'string'), path: [...path, key] }];
    }
    return collectFlagLists(child, [...path, key]);
  });
}

const VARIABLE_PATTERN = /\{\{\s*([^}\s]+)\s*\}\}/g;

/** The `{{variables}}` a string uses. */
export function variablesIn(textValue: string): string[] {
  return [...textValue.matchAll(VARIABLE_PATTERN)].map((match) => match[1] ?? '');
}

export interface CrossCheckInput {
  /** Content files to check, by their path for messages (`content/en-GB/steps.json`). */
  files: Record<string, unknown>;
  sourceIds: ReadonlySet<string>;
  /** The kind of each source, by id (sources.json). */
  sourceKinds: ReadonlyMap<string, SourceKind>;
  unconfirmed: readonly UnconfirmedFact[];
  /** Names a `{{variable}}` may use: the local settings keys. */
  variables: ReadonlySet<string>;
}

const mentions = (textValue: string, marker: string): boolean => textValue.toLowerCase().includes(marker.toLowerCase());

/**
 * What an item says it rests on, held to what it cites: a rule of statute or case law cites
 * a source of that kind, and a dated statement carries its date, in structure and in words.
 */
export function basisIssues(unit: CitingUnit, sourceKinds: ReadonlyMap<string, SourceKind>): string[] {
  const messages: string[] = [];
  const kinds = new Set(unit.sources.map((id) => sourceKinds.get(id)));
  for (const basis of unit.cites ?? []) {
    const accepted = SATISFIED_BY[basis as ClaimBasis] ?? [];
    if (!accepted.some((kind) => kinds.has(kind))) {
      messages.push(`Rests on ${basis} but cites no source of kind ${accepted.join(' or ')}`);
    }
  }
  if (unit.dated === true && unit.asAt === undefined) {
    messages.push('A dated statement needs the date it holds at: give asAt');
  }
  if (unit.asAt !== undefined && unit.dated !== true) {
    messages.push('asAt dates a statement: mark the item dated, or leave asAt out');
  }
  if (unit.dated === true && unit.asAt !== undefined) {
    const words = dateInWords(unit.asAt);
    if (!collectStrings(unit).some(({ text: said }) => said.includes(words))) {
      messages.push(`A dated statement says its date in its text, so the reader sees it: ${words}`);
    }
  }
  return messages;
}

export function crossCheck({ files, sourceIds, sourceKinds, unconfirmed, variables }: CrossCheckInput): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const factIds = new Set(unconfirmed.map((fact) => fact.id));

  for (const [file, value] of Object.entries(files)) {
    const units = collectUnits(value);
    for (const { unit, path } of units) {
      unit.sources.forEach((id, index) => {
        if (!sourceIds.has(id)) issues.push({ file, path: [...path, 'sources', index], message: `Unknown source id ${id}` });
      });
      for (const message of basisIssues(unit, sourceKinds)) issues.push({ file, path, message });
    }
    for (const list of collectFlagLists(value)) {
      list.ids.forEach((id, index) => {
        if (!factIds.has(id)) issues.push({ file, path: [...list.path, index], message: `Unknown unconfirmed fact id ${id}` });
      });
    }

    const strings = collectStrings(value);
    for (const { text: textValue, path, owner } of strings) {
      for (const name of variablesIn(textValue)) {
        if (!variables.has(name)) issues.push({ file, path, message: `{{${name}}} is not a local setting` });
      }
      for (const fact of unconfirmed) {
        const marker = fact.markers.find((candidate) => mentions(textValue, candidate));
        if (marker === undefined) continue;
        if (owner === null) {
          issues.push({
            file,
            path,
            message: `"${marker}" is unconfirmed (${fact.id}): say it only in a guidance item that carries the flag`,
          });
        } else if (!(owner.unit.unconfirmed ?? []).includes(fact.id)) {
          issues.push({ file, path, message: `"${marker}" is unconfirmed: the item must list ${fact.id} in unconfirmed` });
        }
      }
    }

    // A flag must point at something the item says, so flags stay honest when text is edited.
    for (const { unit, path } of units) {
      for (const id of unit.unconfirmed ?? []) {
        const fact = unconfirmed.find((candidate) => candidate.id === id);
        if (!fact) continue;
        const said = collectStrings(unit).map((entry) => entry.text);
        if (!said.some((textValue) => fact.markers.some((marker) => mentions(textValue, marker)))) {
          issues.push({
            file,
            path: [...path, 'unconfirmed'],
            message: `Flagged ${id} but says none of its key phrases (${fact.markers.join('; ')})`,
          });
        }
      }
    }
  }

  for (const [index, fact] of unconfirmed.entries()) {
    fact.sources.forEach((id, sourceIndex) => {
      if (!sourceIds.has(id)) {
        issues.push({ file: 'content/unconfirmed.json', path: [index, 'sources', sourceIndex], message: `Unknown source id ${id}` });
      }
    });
  }
  return issues;
}
