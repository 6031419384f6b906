import { describe, expect, it } from 'vitest';
import { checkParameterValue, PARAMETER_DEFS } from '../../../shared/domain/parameters';
import { arbitrationDefinitions, causesCounted } from '../../../shared/domain/statistics/arbitration';
import { STAT_BASIS, STAT_BASIS_DEFAULTS } from '../../../shared/domain/statistics/basis';

describe('the arbitration table’s definitions', () => {
  it('a case with several causes counts under its first, or under each when the bureau so chooses', () => {
    expect(causesCounted(['socialInsurance', 'overtime'], 'first')).toEqual(['wages']);
    expect(causesCounted(['socialInsurance', 'overtime'], 'each')).toEqual(['wages', 'socialInsurance']);
    expect(causesCounted(['severance', 'other'], 'first')).toEqual(['termination']);
    expect(causesCounted(['workInjury'], 'first')).toEqual(['socialInsurance']);
    // No claims entered: 其他.
    expect(causesCounted([], 'each')).toEqual(['other']);
  });

  it('each indicator says what it counts, by which date, with a source; a rate has its formula; 本局口径 is marked', () => {
    const defs = arbitrationDefinitions(STAT_BASIS_DEFAULTS);
    expect(new Set(defs.map((d) => d.key)).size).toBe(defs.length);
    for (const d of defs) {
      expect(d.counts.length, d.key).toBeGreaterThan(10);
      expect(d.periodBy.length, d.key).toBeGreaterThan(3);
      expect(d.source.length, d.key).toBeGreaterThan(3);
      if (d.valueKind === 'rate' || d.valueKind === 'days') expect(d.formula, d.key).not.toBeNull();
      if (d.bureauBasis) expect(d.source, d.key).toContain('本局口径');
      if (d.valueKind === 'count') expect(d.files, d.key).toBe('caseFile');
    }
    const byKey = Object.fromEntries(defs.map((d) => [d.key, d]));
    expect(byKey['arbitration.closureRate']!.formula).toBe('本期结案数 ÷（上期未结数 + 本期受理数）');
    expect(byKey['arbitration.mediationRate']!.formula).toBe('仲裁调解结案数 ÷ 本期结案数');
  });

  it('the formulas follow the administrator’s choice', () => {
    const defs = arbitrationDefinitions({ ...STAT_BASIS_DEFAULTS, [STAT_BASIS.closureRate]: 'accepted', [STAT_BASIS.mediationRate]: 'ofDecided', [STAT_BASIS.timelyExtended]: false });
    const byKey = Object.fromEntries(defs.map((d) => [d.key, d]));
    expect(byKey['arbitration.closureRate']!.formula).toBe('本期结案数 ÷ 本期受理数');
    expect(byKey['arbitration.closureRate']!.source).toContain('本期结案 ÷ 本期受理');
    expect(byKey['arbitration.mediationRate']!.formula).toBe('仲裁调解结案数 ÷（仲裁调解结案数 + 仲裁裁决结案数）');
    expect(byKey['arbitration.timelyRate']!.counts).toContain('只有在四十五日内结案的才算按时');
  });

  it('every 本局口径 choice is a setting with a valid default', () => {
    for (const [key, value] of Object.entries(STAT_BASIS_DEFAULTS)) {
      expect(PARAMETER_DEFS[key], key).toBeDefined();
      expect(checkParameterValue(key, value), key).toEqual({ ok: true, value });
    }
    expect(checkParameterValue(STAT_BASIS.closureRate, 'guess')).toMatchObject({ ok: false, reason: expect.stringContaining('统计口径：仲裁结案率应为') });
  });
});
