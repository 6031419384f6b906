// Whose figures one may count: one's own unit, and with 含下辖县（区） the units directly under it.
import { describe, expect, it } from 'vitest';
import { forbiddenUnitOf, unitsInScope } from '../../shared/domain/statistics/unit-scope';

const UNITS = [
  { id: 'city', parentId: null },
  { id: 'a', parentId: 'city' },
  { id: 'b', parentId: 'city' },
  { id: 'other-city', parentId: null },
  { id: 'c', parentId: 'other-city' },
];

describe('the units a person may count', () => {
  it('counts the unit, and its direct subunits only with includeSubunits', () => {
    expect(unitsInScope({ unitId: 'city', includeSubunits: false }, UNITS)).toEqual(['city']);
    expect(unitsInScope({ unitId: 'city', includeSubunits: true }, UNITS)).toEqual(['city', 'a', 'b']);
    expect(unitsInScope({ unitId: 'a', includeSubunits: true }, UNITS)).toEqual(['a']);
  });

  it('allows one’s own unit and its rows, refuses any other unit by name', () => {
    expect(forbiddenUnitOf('city', { unitId: 'city', includeSubunits: false }, UNITS)).toBeNull();
    expect(forbiddenUnitOf('city', { unitId: 'city', includeSubunits: true, rowUnitId: 'a' }, UNITS)).toBeNull();
    expect(forbiddenUnitOf('city', { unitId: 'city', includeSubunits: true, rowUnitId: 'city' }, UNITS)).toBeNull();
    // The county as if one were the county; a county's row without includeSubunits; another city's county.
    expect(forbiddenUnitOf('city', { unitId: 'a', includeSubunits: false }, UNITS)).toBe('a');
    expect(forbiddenUnitOf('city', { unitId: 'city', includeSubunits: false, rowUnitId: 'a' }, UNITS)).toBe('a');
    expect(forbiddenUnitOf('city', { unitId: 'city', includeSubunits: true, rowUnitId: 'c' }, UNITS)).toBe('c');
    // A county never counts the city above it or a county beside it.
    expect(forbiddenUnitOf('a', { unitId: 'city', includeSubunits: true }, UNITS)).toBe('city');
    expect(forbiddenUnitOf('a', { unitId: 'b', includeSubunits: false }, UNITS)).toBe('b');
    expect(forbiddenUnitOf('a', { unitId: 'a', includeSubunits: true }, UNITS)).toBeNull();
  });
});
