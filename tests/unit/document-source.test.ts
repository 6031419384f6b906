import { describe, expect, it } from 'vitest';
import { requestOf, storedSource } from '../../electron/core/documents/document-source';
import type { Request } from '../../electron/core/documents/builders';
import { canonicalJson } from '../../shared/domain/canonical-json';

const row = (kind: string, intakeId: string | null, source: string) => ({ kind, intake_id: intakeId, source });

describe('a document’s request stored without what its row holds (issue #15)', () => {
  const requests: [Request, string, string | null][] = [
    [{ kind: 'intakeRecord', intakeId: 'i1' }, 'intakeRecord', 'i1'],
    [{ kind: 'filingApproval', proceedingId: 'p1' }, 'filingApproval', null],
    [{ kind: 'hearingNotice', source: 'hearing', hearingId: 'h1', recipientId: 'r1' }, 'hearingNotice', null],
    [{ kind: 'evidenceCatalogue', proceedingId: 'p1', partyId: 'x1' }, 'evidenceCatalogue', null],
  ];

  it('gives back the very request it was issued from, as canonical JSON', () => {
    for (const [request, kind, intakeId] of requests) {
      const stored = storedSource(request, { kind, intakeId });
      expect(stored).not.toContain('"kind"');
      expect(canonicalJson(requestOf(row(kind, intakeId, stored)))).toBe(canonicalJson(request));
    }
    expect(storedSource({ kind: 'intakeRecord', intakeId: 'i1' }, { kind: 'intakeRecord', intakeId: 'i1' })).toBe('{}');
  });

  it('reads a row written before the change (the whole request) the same', () => {
    for (const [request, kind, intakeId] of requests) expect(requestOf(row(kind, intakeId, canonicalJson(request)))).toEqual(request);
  });

  it('keeps what the row does not say: a kind other than the row’s, an intake other than the row’s', () => {
    const odd = { kind: 'acceptanceNotice', proceedingId: 'p1' } as Request;
    expect(requestOf(row('award', null, storedSource(odd, { kind: 'award', intakeId: null })))).toEqual(odd);
    const other = { kind: 'intakeRecord', intakeId: 'i2' } as Request;
    expect(requestOf(row('intakeRecord', 'i1', storedSource(other, { kind: 'intakeRecord', intakeId: 'i1' })))).toEqual(other);
  });
});
