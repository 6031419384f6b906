// Property: after every step, service (送达) or voided service, calendar change (the regional layer's too) and
// parameter change, the stored deadlines of every file equal what the pure engine computes from the file's own counted
// events — the dates every screen shows are the engine's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/calendar';
import { deadlinesFromEvents, type ProceedingEvent } from '../../shared/domain/deadline-state';
import { dateKeyOf } from '../../shared/domain/time';
import { loadCalendar } from '../../electron/core/deadlines/calendar.service';
import { deadlineSettings } from '../../electron/core/deadlines/deadlines.service';
import { storedStatus } from '../../electron/core/deadlines/stored-deadlines';
import { demoArbitrationCase } from '../../db/seed/demo-arbitration';
import { cardPng } from '../fixtures/images';
import type { Client } from '../helpers/client';
import { establishStaff, signInAs, testCore, type TestCore } from '../helpers/core';
import { takeIn } from '../helpers/routing';

type Step =
  | { op: 'wait'; days: number }
  | { op: 'requestSupplement' | 'supplement' | 'accept' | 'reject' }
  // 送达 of the notice of acceptance to the respondent, directly or by public notice; and voiding the last one.
  | { op: 'serve'; publicNotice: boolean }
  | { op: 'voidService' };

const EVENT_OF = { requestSupplement: 'supplementRequested', supplement: 'supplemented', accept: 'accepted', reject: 'rejected' } as const;

interface FileLog {
  proceedingId: string;
  /** The events that count, each with the service that recorded it (a void takes them out). */
  events: (ProceedingEvent & { serviceId?: string })[];
}

function expected(t: TestCore, log: FileLog) {
  const core = t.core.services!;
  return deadlinesFromEvents(log.events.map(({ serviceId: _s, ...e }) => e), { today: dateKeyOf(core.clock.now()), calendar: loadCalendar(core), settings: deadlineSettings(core), proceedingKind: 'arbitration' })
    .map((d) => ({ rule: d.rule, start: d.startedOn, due: d.due, status: storedStatus(d.status), provisional: d.provisional ? 1 : 0 }))
    .sort((a, b) => (a.rule < b.rule ? -1 : 1));
}

/** A file still open: a closed one keeps the dates its met clocks had when they were met (history is not rewritten). */
function stillOpen(t: TestCore, log: FileLog): boolean {
  const db = t.core.services!.db;
  const running = db.prepare("SELECT 1 FROM deadlines WHERE proceeding_id = ? AND status IN ('open', 'paused')").get(log.proceedingId);
  const status = (db.prepare('SELECT status FROM proceedings WHERE id = ?').get(log.proceedingId) as { status: string }).status;
  return !!running || status !== 'notAccepted';
}

function stored(t: TestCore, proceedingId: string) {
  return (
    t.core.services!.db.prepare('SELECT rule_id AS rule, start_date AS start, due_date AS due, status, provisional FROM deadlines WHERE proceeding_id = ? ORDER BY rule_id').all(proceedingId) as {
      rule: string;
    }[]
  ).sort((a, b) => (a.rule < b.rule ? -1 : 1));
}

/** Records or voids a service as the step says, and keeps the log of the events that count. */
async function serviceStep(
  s: { op: 'serve'; publicNotice: boolean } | { op: 'voidService' },
  f: { leader: Client; log: FileLog; served: string[]; documentId: string; respondent: { proceedingId: string; recipientId: string; name: string }; now: number; staffId: string },
): Promise<void> {
  if (s.op === 'voidService') {
    const last = f.served.pop();
    if (!last) return;
    await f.leader.call('services.void', { id: last, reason: '送达记录登记有误' });
    f.log.events = f.log.events.filter((e) => e.serviceId !== last);
    return;
  }
  const r = await f.leader.invoke('services.record', {
    documentId: f.documentId,
    proceedingId: f.respondent.proceedingId,
    recipientId: f.respondent.recipientId,
    servedAt: f.now,
    servedBy: f.staffId,
    witnesses: [],
    proofs: [{ purpose: s.publicNotice ? 'notice' : 'receipt', fileName: null, contentBase64: PROOF }],
    ...(s.publicNotice ? { method: 'publicNotice', noticePlace: '西藏日报' } : { method: 'direct', receivedBy: '达瓦', relation: 'mailroom' }),
  });
  if (!f.log.events.some((e) => e.kind === 'accepted')) {
    // The notice of acceptance is served only once the case is accepted.
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    return;
  }
  if (f.served.length > 0) {
    // Served already and not voided: a second record is refused.
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    return;
  }
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const serviceId = r.value.id;
  f.served.push(serviceId);
  const day = dateKeyOf(f.now);
  if (s.publicNotice) f.log.events.push({ kind: 'paused', date: day, serviceId }, { kind: 'resumed', date: r.value.servedOn, serviceId });
  f.log.events.push({ kind: 'applicationServed', date: r.value.servedOn, party: f.respondent.name, serviceId });
}

const PROOF = cardPng(320, 240).toString('base64');

describe('stored deadlines', () => {
  it('equal the engine after every step of random arbitration logs, after a calendar change and after a parameter change', async () => {
    const t = await testCore();
    // Days pass between steps here: no idle lock (the sessions below sign in after the setting).
    await t.admin.call('parameters.set', { key: 'security.idleLockMinutes', region: '*', value: 0, effectiveFrom: '2020-01-01', source: '测试', confidence: 'local', note: null });
    await establishStaff(t.core, t.admin, { name: '王芳', departmentId: 'dept-540200-arbitration', roles: ['arbitrator'] });
    const leader = await signInAs(t.core, '李强');
    const desk = await signInAs(t.core, '次仁卓玛');
    const admin = await signInAs(t.core, '普布次仁', 'guanli2026');
    const employer = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司' });
    const logs: FileLog[] = [];
    const steps = fc.array(
      fc.oneof(
        fc.record({ op: fc.constant('wait' as const), days: fc.integer({ min: 0, max: 9 }) }),
        fc.record({ op: fc.constantFrom('requestSupplement' as const, 'supplement' as const, 'accept' as const, 'reject' as const) }),
        fc.record({ op: fc.constant('serve' as const), publicNotice: fc.boolean() }),
        fc.record({ op: fc.constant('voidService' as const) }),
      ),
      { maxLength: 8 },
    );
    await fc.assert(
      fc.asyncProperty(steps, async (plan: Step[]) => {
        const receivedAt = t.clock.now() - 3_600_000;
        const created = await desk.call('intakes.create', {
          kind: 'complaint',
          channel: 'walkIn',
          receivedAt,
          summary: '申请仲裁：拖欠工资',
          workersCount: 1,
          parties: [{ partyId: employer.id, role: 'employer' }],
          complainants: [{ name: '扎西', idType: 'none', idMissingReason: '未带证件' }],
          route: 'arbitration',
        });
        const intake = await desk.call('intakes.get', { id: created.id });
        const caseFileId = intake.caseFileId!;
        // The arbitration department takes it (签收) before any step.
        await takeIn(t.core, caseFileId, '王芳');
        await leader.call('team.add', { caseFileId, role: 'leader', staffId: t.staff['李强']!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '局领导包案' });
        const [notice] = await leader.call('documents.generate', { request: { kind: 'acceptanceNotice', case: demoArbitrationCase(dateKeyOf(t.clock.now())), applicantIndex: 0 }, caseFileId });
        const respondent = (await leader.call('services.list', { caseFileId })).recipients.find((r) => r.name === employer.name)!;
        const served: string[] = [];
        let p = (await leader.call('casework.get', { caseFileId })).proceedings[0]!;
        const log: FileLog = { proceedingId: p.proceedingId, events: [{ kind: 'received', date: dateKeyOf(receivedAt) }] };
        logs.push(log);
        expect(stored(t, log.proceedingId)).toEqual(expected(t, log));
        for (const s of plan) {
          if (s.op === 'wait') {
            t.clock.advance(s.days * 86_400_000);
            continue;
          }
          const today = dateKeyOf(t.clock.now());
          if (s.op === 'serve' || s.op === 'voidService') {
            await serviceStep(s, { leader, log, served, documentId: notice!.id, respondent, now: t.clock.now(), staffId: t.staff['李强']! });
            expect(stored(t, log.proceedingId)).toEqual(expected(t, log));
            continue;
          }
          const input = s.op === 'requestSupplement' ? { date: today, items: ['身份证明复印件'] } : s.op === 'reject' ? { date: today, reason: '不属于劳动争议' } : { date: today };
          const legal = p.actions.find((a) => a.action === s.op);
          const r = await leader.invoke('proceedings.act', { proceedingId: p.proceedingId, action: s.op, input, expectedRowVersion: p.rowVersion });
          if (legal && legal.blockedBy === null) {
            expect(r.ok).toBe(true);
            log.events.push({ kind: EVENT_OF[s.op], date: today });
          } else {
            expect(r).toMatchObject({ ok: false, error: { code: 'STEP_BLOCKED' } });
          }
          p = (await leader.call('casework.get', { caseFileId })).proceedings[0]!;
          expect(stored(t, log.proceedingId)).toEqual(expected(t, log));
        }
      }),
      {
        numRuns: 12,
        // One plan that surely serves by public notice, voids it and serves again, whatever the random ones do.
        examples: [[[{ op: 'accept' }, { op: 'serve', publicNotice: true }, { op: 'wait', days: 3 }, { op: 'voidService' }, { op: 'serve', publicNotice: false }, { op: 'wait', days: 9 }]]],
      },
    );

    // The bureau enters a day off the State Council did not give (a local correction): every open file moves.
    const year = Number(dateKeyOf(t.clock.now()).slice(0, 4));
    const cal = await admin.call('calendar.get', { year });
    const entered = cal.years.find((y) => y.year === year);
    const extraOff = cal.days.some((d) => d.date === `${year}-12-31`) ? `${year}-12-30` : `${year}-12-31`;
    await admin.call('calendar.setYear', { year, rowVersion: entered?.rowVersion ?? null, source: '国办发明电〔2025〕7号（本局更正）', note: null, days: [...cal.days, { date: extraOff, kind: 'off', name: '更正' }] });
    for (const log of logs.filter((l) => stillOpen(t, l))) expect(stored(t, log.proceedingId)).toEqual(expected(t, log));

    // The short arbitration periods counted in calendar days instead (a bureau setting): every open file moves again.
    await admin.call('parameters.set', { key: 'deadline.unit.arbitration.accept', region: '*', value: 'calendarDay', effectiveFrom: '2020-01-01', source: '本局决定', confidence: 'local', note: null });
    for (const log of logs.filter((l) => stillOpen(t, l))) expect(stored(t, log.proceedingId)).toEqual(expected(t, log));

    // The regional layer counted (a bureau setting), then a regional day entered on the next working days: every open file moves again.
    await admin.call('parameters.set', { key: 'deadline.regionalHolidays', region: '*', value: true, effectiveFrom: '2020-01-01', source: '本局决定', confidence: 'local', note: null });
    for (const log of logs.filter((l) => stillOpen(t, l))) expect(stored(t, log.proceedingId)).toEqual(expected(t, log));
    const today = dateKeyOf(t.clock.now());
    const regionalDays = [1, 2, 3].map((n) => addDays(today, n)).filter((d) => d.startsWith(`${year}-`));
    if (regionalDays.length) {
      await admin.call('calendar.setRegionalYear', { year, rowVersion: null, source: '测试用地方通知', days: regionalDays.map((date) => ({ date, name: '测试节' })) });
      for (const log of logs.filter((l) => stillOpen(t, l))) expect(stored(t, log.proceedingId)).toEqual(expected(t, log));
    }
    expect(logs.length).toBeGreaterThanOrEqual(12);
    // The runs served notices (and voided some): the property held with service events in the logs.
    expect((t.core.services!.db.prepare("SELECT count(*) AS n FROM services WHERE status = 'void'").get() as { n: number }).n).toBeGreaterThan(0);
  }, 120_000);
});
