// The key the page sends with a registration (intakes.create's submissionKey): the same while the values are the same,
// so a save repeated after an answer that never came (UNCONFIRMED) finds the registration already saved instead of
// making a second one (issue #16 §6); new once anything was changed, or after a save went through.

export interface SubmissionKey {
  readonly key: string;
  /** The values it was made for (JSON of the input, amountsConfirmed aside). */
  readonly values: string;
}

/** The key for `input`: the previous one when the values are unchanged, else a new random one. */
export function submissionKeyFor(previous: SubmissionKey | null, input: unknown, random: () => string = () => crypto.randomUUID()): SubmissionKey {
  const values = JSON.stringify(input);
  if (previous && previous.values === values) return previous;
  return { key: random().replace(/[^A-Za-z0-9_-]/g, ''), values };
}
