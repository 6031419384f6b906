// Inputs several proceedings' actions share: the date an act was done, the reasons given for a refusal.
import { z } from 'zod';
import { dateKey, text } from '../fields';

/** The day the act was done (a 受理 dated the day it was decided, not the day it was typed in). */
export const actDate = (label: string) => z.object({ date: dateKey(label) }).strict();

/** A refusal or a return states its reasons (行政程序: 不予受理 with reasons). */
export const reasonText = (label: string) => text(label, 2000).refine((v) => v.length >= 4, { error: `请写明${label}（至少4个字）` });
