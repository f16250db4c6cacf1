/**
 * Raw content for the tests: a fresh deep copy of every file as it is on disk, which a
 * test can break one way and hand to parseContent, and small helpers to edit it by path.
 */
import startingSteps from '../../content/en-GB/steps/starting.json';
import seeingAloneSteps from '../../content/en-GB/steps/seeing-alone.json';
import riskSteps from '../../content/en-GB/steps/risk.json';
import capacitySteps from '../../content/en-GB/steps/capacity.json';
import legalSteps from '../../content/en-GB/steps/legal.json';
import escalationSteps from '../../content/en-GB/steps/escalation.json';
import emergencySteps from '../../content/en-GB/steps/emergency.json';
import outcomes from '../../content/en-GB/outcomes.json';
import actions from '../../content/en-GB/actions.json';
import routes from '../../content/en-GB/routes.json';
import rules from '../../content/en-GB/rules.json';
import about from '../../content/en-GB/about.json';
import ui from '../../content/en-GB/ui.json';
import record from '../../content/en-GB/record.json';
import sources from '../../content/sources.json';
import unconfirmed from '../../content/unconfirmed.json';
import settings from '../../content/local/settings.json';
import version from '../../content/version.json';
import { ContentError, parseContent, type RawContent } from '../../content/load';
import type { ContentIssue } from '../../content/checks';

/** The steps' words are filed by stage; parseContent takes them as one namespace. */
const steps = { ...startingSteps, ...seeingAloneSteps, ...riskSteps, ...capacitySteps, ...legalSteps, ...escalationSteps, ...emergencySteps };

export function rawContent(): RawContent {
  return structuredClone({ steps, outcomes, actions, routes, rules, about, ui, record, sources, unconfirmed, settings, version });
}

/** The issues parseContent reports for this content; empty when it parses. */
export function issuesOf(raw: RawContent): ContentIssue[] {
  try {
    parseContent(raw);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return [...error.issues];
    throw error;
  }
}

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/** The value at a path, or undefined. */
export function getAt(root: unknown, path: readonly (string | number)[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (!isContainer(current)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function parentOf(root: unknown, path: readonly (string | number)[]): { parent: Record<string | number, unknown>; key: string | number } {
  const key = path[path.length - 1];
  const parent = getAt(root, path.slice(0, -1));
  if (key === undefined || !isContainer(parent)) throw new Error(`No container at ${path.join('.')}`);
  return { parent: parent as Record<string | number, unknown>, key };
}

export function setAt(root: unknown, path: readonly (string | number)[], value: unknown): void {
  const { parent, key } = parentOf(root, path);
  parent[key] = value;
}

export function deleteAt(root: unknown, path: readonly (string | number)[]): void {
  const { parent, key } = parentOf(root, path);
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else delete parent[key];
}
