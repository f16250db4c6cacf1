import { z } from '../../machines/zod';
import { isoDate } from './sources';

/** content/bankHolidays.json: England and Wales bank holidays, with where they come from. */
export const bankHolidaysSchema = z.strictObject({
  about: z.string(),
  source: z.url({ protocol: /^https$/ }),
  /** The day someone last compared the list with its source; null until someone has. */
  lastChecked: z.nullable(isoDate),
  dates: z.array(isoDate).check(z.minLength(1)),
});
export type BankHolidays = z.infer<typeof bankHolidaysSchema>;
