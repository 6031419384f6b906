// The arbitration institute's figures after the award: per arbitrator, the awards made in a period and how many a
// court changed (改判) or set aside (撤销) — for the institute's head (a leader).
import { z } from 'zod';
import { dateKey } from './primitives';
import { q, type ChannelTable } from './channel-def';

export const arbitratorRatesInput = z
  .object({ from: dateKey('起始日期'), to: dateKey('截止日期') })
  .strict()
  .refine((x) => x.from <= x.to, { error: '起始日期不能晚于截止日期', path: ['to'] });

export const arbitratorRate = z.object({
  staffId: z.string(),
  name: z.string(),
  /** Awards made by a tribunal the arbitrator sat on, dated in the period. */
  awards: z.number().int(),
  /** Of them, changed by a court's judgment (改判). */
  changed: z.number().int(),
  /** Of them, set aside by an intermediate court (撤销). */
  setAside: z.number().int(),
  /** (changed + setAside) / awards, in percent, one decimal. */
  ratePercent: z.number(),
});
export type ArbitratorRate = z.infer<typeof arbitratorRate>;

export const arbitrationOutcomeChannels = {
  'arbitration.arbitratorRates': q(arbitratorRatesInput, z.array(arbitratorRate), 'proceeding.approve'),
} as const satisfies ChannelTable;
