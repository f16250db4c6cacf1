/**
 * A case-record message (src/casefile/messages.ts) in the page's language: its code is a key of
 * the `record` namespace (content/en-GB/record.json), its parameters the values the words need.
 * A parameter that is itself a message is rendered first; a list is rendered item by item.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { MessageParam, RecordMessage } from '../casefile';

const renderParam = (t: TFunction<'record'>, param: MessageParam): string | number => {
  if (typeof param === 'string' || typeof param === 'number') return param;
  if (Array.isArray(param)) return (param as readonly MessageParam[]).map((item) => renderParam(t, item)).join(', ');
  return recordText(t, param as RecordMessage);
};

export function recordText(t: TFunction<'record'>, message: RecordMessage): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) params[name] = renderParam(t, value);
  return t(message.code, params);
}

/** `recordText` bound to the page's i18next instance. */
export function useRecordText(): (message: RecordMessage) => string {
  const { t } = useTranslation('record');
  return useCallback((message: RecordMessage) => recordText(t, message), [t]);
}
