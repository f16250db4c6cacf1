/**
 * A record message as a person reads it in English: through the app's own i18next and the
 * page's renderer (src/components/recordMessage.ts), so a test of wording tests the code, its
 * parameters and content/en-GB/record.json together.
 */
import type { RecordMessage } from '../../src/casefile';
import { recordText } from '../../src/components/recordMessage';
import { createI18n } from '../../src/i18n';

const i18n = await createI18n('en-GB');
const t = i18n.getFixedT('en-GB', 'record');

export const wording = (message: RecordMessage): string => recordText(t, message);
