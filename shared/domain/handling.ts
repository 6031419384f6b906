// 分级负责，归口办理: which department of a unit handles each kind of proceeding, named by the department's
// capability. Its head may act on every such file (electron/core/proceedings/engine.ts), and the leader's desk counts
// files and deadlines by it.
import type { ProceedingKind } from './vocabulary';

export type HandlingCapability = 'inspection' | 'arbitration';

export const HANDLED_BY: Record<ProceedingKind, HandlingCapability> = {
  inspection: 'inspection',
  jointMediation: 'inspection',
  policeReferral: 'inspection',
  blacklisting: 'inspection',
  enforcement: 'inspection',
  arbitration: 'arbitration',
};

/** The kinds a department with this capability handles (none for reception, labour relations, leadership). */
export function kindsHandledBy(capability: string): ProceedingKind[] {
  return (Object.keys(HANDLED_BY) as ProceedingKind[]).filter((k) => HANDLED_BY[k] === capability);
}
