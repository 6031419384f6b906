// What several proceedings' steps share: the reasons given for a refusal, at the length a decision's reasons need.
import { reasonText as fieldReason } from '../fields';

/** A refusal or a return states its reasons (行政程序: 不予受理 with reasons). */
export const reasonText = (label: string) => fieldReason(label, { max: 2000 });
