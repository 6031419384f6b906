// What a step's timeline line (case_events, kind 'proceeding.step') keeps in `data` (issue #15, a smaller database):
// the step's name, which the desk reads to offer the papers of the steps taken (desk.service.ts papersOf), and the
// approval that applied it, if any. The proceeding's kind (proceedings.kind), the states before and after and the
// number are not repeated here: the proceedingStep audit row the same transaction writes holds them all (engine.ts
// apply), and the line's summary shows a new number. Migration 0060 rewrites older lines to this shape.
export function stepEventData(action: string, approvalId: string | null): { action: string; approvalId?: string } {
  return approvalId ? { action, approvalId } : { action };
}
