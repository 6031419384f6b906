// The application's pure rules: the 1-year limitation counted by hand (调解仲裁法 Art. 27 — a year to the same date,
// wages from the end of employment), the same-matter test a deemed withdrawal bars, and the 案由 from the claims.
import { describe, expect, it } from 'vitest';
import { causeOf, limitationAdvice, sameMatter } from '../../shared/domain/arbitration-application';

describe('the 1-year limitation as advice (调解仲裁法 Art. 27)', () => {
  it('runs a year to the same date: received on its last day is in time, the day after is late', () => {
    expect(limitationAdvice({ knownOn: '2025-11-24', employmentEndedOn: null }, 'overtime', '2026-11-24').state).toBe('ok');
    expect(limitationAdvice({ knownOn: '2025-11-24', employmentEndedOn: null }, 'overtime', '2026-11-25').state).toBe('late');
  });

  it('counts wage arrears from the end of employment, not from the day known; open while employment lasts', () => {
    expect(limitationAdvice({ knownOn: '2024-01-10', employmentEndedOn: '2026-03-31' }, 'wages', '2026-11-25')).toMatchObject({ state: 'ok', text: expect.stringContaining('至 2027-03-31 届满') });
    expect(limitationAdvice({ knownOn: '2024-01-10', employmentEndedOn: null }, 'wages', '2026-11-25').state).toBe('open');
    expect(limitationAdvice({ knownOn: null, employmentEndedOn: null }, 'severance', '2026-11-25').state).toBe('unknown');
  });
});

describe('the same matter (调解仲裁法 Art. 36)', () => {
  const earlier = { applicantPersonIds: ['p1', 'p2'], respondentPartyIds: ['e1'], categories: ['wages', 'overtime'] as const };
  it('needs a worker and an employer in common and a claim of the same kind', () => {
    expect(sameMatter({ applicantPersonIds: ['p2'], respondentPartyIds: ['e1'], categories: ['overtime'] }, earlier)).toBe(true);
    expect(sameMatter({ applicantPersonIds: ['p3'], respondentPartyIds: ['e1'], categories: ['wages'] }, earlier)).toBe(false);
    expect(sameMatter({ applicantPersonIds: ['p1'], respondentPartyIds: ['e2'], categories: ['wages'] }, earlier)).toBe(false);
    expect(sameMatter({ applicantPersonIds: ['p1'], respondentPartyIds: ['e1'], categories: ['severance'] }, earlier)).toBe(false);
    // An earlier case with no stored claims: the parties alone decide.
    expect(sameMatter({ applicantPersonIds: ['p1'], respondentPartyIds: ['e1'], categories: ['severance'] }, { ...earlier, categories: [] })).toBe(true);
  });
});

describe('the 案由 from the claims', () => {
  it('names the yearbook headings the claims fall under', () => {
    expect(causeOf(['overtime', 'wages'])).toBe('劳动报酬争议');
    expect(causeOf(['socialInsurance', 'wages'])).toBe('劳动报酬、社会保险争议');
    expect(causeOf(['other'])).toBe('劳动争议');
  });
});
