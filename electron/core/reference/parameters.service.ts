// Parameters: one dated value per key and region, read through shared/domain/parameters.resolveParameter.
import type { z } from 'zod';
import type { ParameterRow, parameterSetInput } from '../../../shared/contract/reference';
import { checkParameterValue, formatParameterValue, PARAMETER_DEFS, parameterHelp, resolveParameter } from '../../../shared/domain/parameters';
import { dateKeyOf } from '../../../shared/domain/time';
import type { CoreServices } from '../kernel/context';
import { invalid, ServiceError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { requireInstallation } from '../kernel/installation';
import type { TxWriter } from '../kernel/tx';
import { deepFreeze, parameterSnapshot, type ParameterSnapshot } from './parameters.data';

function unitRegion(core: CoreServices): string {
  const inst = requireInstallation(core);
  const row = core.prepare('SELECT region_code FROM units WHERE id = ?').get(inst.unitId) as { region_code: string };
  return row.region_code;
}

/** The value in force for this installation's unit on a date, or null when none is configured. */
export function parameterLookup(core: CoreServices, onDate: string): (key: string) => unknown {
  const { byKey } = parameterSnapshot(core.db, core.prepare);
  const region = unitRegion(core);
  return (key) => resolveParameter(byKey.get(key) ?? [], key, region, onDate)?.value ?? null;
}

const derived = new WeakMap<ParameterSnapshot, Map<string, unknown>>();

/**
 * A value made from the parameters in force for this unit on a date (the deadline settings: ≈ 120 keys looked up),
 * made once per kept copy of the parameters, region and date, and shared frozen: a save asked for it three times.
 */
export function fromParameters<T>(core: CoreServices, onDate: string, name: string, make: (lookup: (key: string) => unknown) => T): T {
  const snapshot = parameterSnapshot(core.db, core.prepare);
  const region = unitRegion(core);
  let made = derived.get(snapshot);
  if (!made) derived.set(snapshot, (made = new Map()));
  const key = `${name}|${region}|${onDate}`;
  if (made.has(key)) return made.get(key) as T;
  const value = deepFreeze(make((k) => resolveParameter(snapshot.byKey.get(k) ?? [], k, region, onDate)?.value ?? null));
  made.set(key, value);
  return value;
}

/** A numeric value that must be configured; throws with the place to set it. */
export function parameterValue(core: CoreServices, key: string, onDate: string): number {
  const value = parameterLookup(core, onDate)(key);
  if (typeof value !== 'number') {
    throw new ServiceError('INTERNAL', `参数“${PARAMETER_DEFS[key]?.label ?? key}”未设置，请在“设置 → 参数”中补充`);
  }
  return value;
}

export function listParameters(core: CoreServices): ParameterRow[] {
  const { rows } = parameterSnapshot(core.db, core.prepare);
  const region = unitRegion(core);
  const today = dateKeyOf(core.clock.now());
  const inForce = new Set<string>();
  for (const key of Object.keys(PARAMETER_DEFS)) {
    const r = resolveParameter(rows, key, region, today);
    if (r) inForce.add(r.id);
  }
  return rows
    .filter((r) => r.key in PARAMETER_DEFS)
    .map((r) => {
      const def = PARAMETER_DEFS[r.key];
      return {
        id: r.id,
        key: r.key,
        label: def.label,
        unit: def.type === 'integer' ? def.unit : '',
        help: parameterHelp(r.key, region),
        region: r.region,
        value: r.value as number | boolean | string,
        display: formatParameterValue(r.key, r.value),
        effectiveFrom: r.effectiveFrom,
        source: r.source,
        confidence: r.confidence,
        note: r.note,
        inForce: inForce.has(r.id),
        createdAt: r.createdAt,
      };
    });
}

/** Adds a dated value, or replaces the value of the same key, region and date. Earlier dates are kept. */
export function setParameter(w: TxWriter, core: CoreServices, input: z.output<typeof parameterSetInput>): string {
  const checked = checkParameterValue(input.key, input.value);
  if (!checked.ok) throw invalid({ value: checked.reason });
  const knownRegion =
    input.region === '*' || /^\d{4}00$/.test(input.region) || core.prepare('SELECT 1 FROM units WHERE region_code = ?').get(input.region) !== undefined;
  if (!knownRegion) {
    throw invalid({ region: '地区代码应为“*”、省级、地市级或本系统已有单位的行政区划代码' });
  }
  const existing = core
    .prepare('SELECT id, value, source, confidence, note, row_version FROM parameters WHERE key = ? AND region = ? AND effective_from = ?')
    .get(input.key, input.region, input.effectiveFrom) as { id: string; value: string; source: string; confidence: string; note: string | null; row_version: number } | undefined;
  const value = JSON.stringify(checked.value);
  if (existing) {
    core
      .prepare('UPDATE parameters SET value = ?, source = ?, confidence = ?, note = ?, row_version = row_version + 1 WHERE id = ?')
      .run(value, input.source, input.confidence, input.note, existing.id);
    w.audit({
      action: 'update',
      entity: 'parameter',
      entityId: existing.id,
      change: {
        key: input.key,
        region: input.region,
        effectiveFrom: input.effectiveFrom,
        // The same shape on both sides, so the row keeps only what changed (audit-change.ts).
        before: { value: JSON.parse(existing.value) as unknown, source: existing.source, confidence: existing.confidence, note: existing.note },
        after: { value: checked.value, source: input.source, confidence: input.confidence, note: input.note },
      },
    });
    w.changed('parameter', existing.id);
    return existing.id;
  }
  const id = newId(w.now);
  core
    .prepare(
      'INSERT INTO parameters (id, key, region, value, effective_from, source, confidence, note, created_by, row_version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)',
    )
    .run(id, input.key, input.region, value, input.effectiveFrom, input.source, input.confidence, input.note, w.actorStaffId, w.now);
  w.audit({ action: 'create', entity: 'parameter', entityId: id, change: input });
  w.changed('parameter', id);
  return id;
}
