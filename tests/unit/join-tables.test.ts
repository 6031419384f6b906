// Per-feature tables (contract channels, core handlers, samples) are joined by a function that refuses a name two
// features both define: with a spread the later one would silently win.
import { describe, expect, it } from 'vitest';
import { defineHandlers, joinHandlers } from '../../electron/core/kernel/handler';
import { joinTables } from '../../shared/contract/join';

describe('joining per-feature tables', () => {
  it('keeps every entry of distinct tables', () => {
    const joined = joinTables('channel', { drafts: { 'drafts.get': 1, 'drafts.save': 2 }, jobs: { 'jobs.get': 3 } });
    expect(joined).toEqual({ 'drafts.get': 1, 'drafts.save': 2, 'jobs.get': 3 });
  });

  it('refuses a name two features define, naming both', () => {
    expect(() => joinTables('channel', { cases: { 'cases.get': 1 }, intakes: { 'intakes.get': 2, 'cases.get': 3 } })).toThrow(
      'Duplicate channel "cases.get" in cases and intakes: names must be unique across features',
    );
  });

  it('refuses a channel handled by two features when the core loads its handlers', () => {
    const drafts = defineHandlers({ 'drafts.discard': () => ({}) });
    const cleanup = defineHandlers({ 'drafts.discard': () => ({}) });
    expect(() => joinHandlers({ drafts, cleanup })).toThrow('Duplicate handler "drafts.discard" in drafts and cleanup');
    expect(Object.keys(joinHandlers({ drafts }))).toEqual(['drafts.discard']);
  });
});
