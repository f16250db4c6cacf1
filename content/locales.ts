/**
 * Every locale the app ships, wired in this one place: the content index checks each against the
 * schemas, i18next offers each, and the page's `lang` follows. Adding a locale is a folder of the
 * same namespace files (copy content/en-GB/, translate, keep every key) and a line here.
 *
 * Each locale comes as the files the first pages read (`eager`) and loaders for the rest (`lazy`);
 * content/resources.ts loads every file of every locale for Node and the tests.
 */
import enGB, { type LocaleFiles } from './en-GB';

export const DEFAULT_LOCALE = 'en-GB';

/** A locale's words as the app loads them: some at once, the rest on demand. */
export interface LocaleBundle {
  readonly eager: Readonly<Record<string, unknown>> & { readonly steps: Readonly<Record<string, unknown>> };
  /** The `steps` namespace's later parts, by the stage of the pathway whose steps each holds (machines/stages.ts). */
  readonly laterSteps: Readonly<Record<string, () => Promise<Readonly<Record<string, unknown>>>>>;
  readonly lazy: Readonly<Record<LazyNamespace, () => Promise<unknown>>>;
}

export type LazyNamespace = keyof typeof enGB.lazy;

export const LOCALE_BUNDLES: Readonly<Record<string, LocaleBundle>> & { readonly [DEFAULT_LOCALE]: typeof enGB } = {
  [DEFAULT_LOCALE]: enGB,
};

/** The namespaces only later pages read: loaded when first needed. */
export const LAZY_NAMESPACES = Object.keys(enGB.lazy) as LazyNamespace[];
/** The namespaces the first pages read: in the first load. */
export const EAGER_NAMESPACES = Object.keys(enGB.eager) as (keyof typeof enGB.eager)[];

export type { LocaleFiles };
