// The generated history is lawful: no date in it breaks a rule the app's engine knows. A database built by seed:large
// is opened on the history's last day (LARGE_UNTIL, the build's "today") and the app's own duties and checks run on
// it: the daily duty (期满移出, electron/core/blacklist/blacklist-expiry.ts) must find nothing to end and no file to
// close, and the deadline engine, run over every proceeding's events on that day, must find no duty of the bureau
// overdue or done late. What the engine reports on a lawful history and why it stays (each named below):
// - a party's period that ran out ('lapsed', actor party / nature lapse: 答辩, 申请延期开庭, 复议, 诉讼, 申请撤销, 陈述申辩
//   …): a party who does not use a right within its period loses it — the ordinary end of such a clock, no breach;
// - a waiting period over ('elapsed', nature wait: 催告期满, 调解期满): from that day the next step MAY be taken (the
//   bureau may apply to the court, a party may go to arbitration); nobody is late. An agreement reached after the
//   15 days of mediation.noAgreement ('metLate' of a wait) is still a valid agreement (调解仲裁法 Art. 14 only opens
//   arbitration then). The one wait the app acts on by itself, blacklist.term, is the daily duty's and is checked
//   as such (no listing past its term).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createCore, type Core } from '../../electron/core/index';
import { EXPIRY_CHANNEL, removeExpiredListings } from '../../electron/core/blacklist/blacklist-expiry';
import { deadlineBasis } from '../../electron/core/deadlines/deadline-basis';
import { computeProceedingDeadlines } from '../../electron/core/deadlines/stored-deadlines';
import { silentLogger } from '../../electron/core/kernel/logger';
import { instantOf } from '../../shared/domain/time';
import type { ProceedingKind } from '../../shared/domain/vocabulary';
import { TEST_PASSWORD_COST } from '../helpers/accounts';
import { MIGRATIONS_DIR } from '../helpers/core';
import { contentDigest } from '../bench/large/checksum';
import { LARGE_UNTIL, seedLarge, type SeedLargeResult } from '../bench/seed-large';

const N = 2500;
/** The tables the daily duty and a file's closing write. */
const DUTY_TABLES = ['proceedings', 'proceeding_events', 'case_files', 'case_events', 'deadlines', 'arbitration_closings'];
let dir: string;
let result: SeedLargeResult;
let before: Record<string, string>;
let core: Core;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'xinan-seed-lawful-'));
  result = await seedLarge({ intakes: N, dataDir: dir, log: () => {}, passwordCost: TEST_PASSWORD_COST });
  const raw = new Database(join(dir, 'xinan.sqlite3'), { readonly: true, fileMustExist: true });
  before = contentDigest(raw as never, Number.MAX_SAFE_INTEGER);
  raw.close();
  // The app opened on the evening of the history's last day: its start runs the daily duties.
  const today = instantOf(LARGE_UNTIL, '18:00');
  core = createCore({ dataDir: dir, migrationsDir: MIGRATIONS_DIR, logger: silentLogger, documentBodyFont: null, passwordCost: TEST_PASSWORD_COST, scheduler: false, clock: { now: () => today } });
}, 300_000);

afterAll(async () => {
  await core?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('seed:large writes a lawful history', () => {
  it('leaves the daily duty nothing to do on its last day: no listing past its term, no file to close', () => {
    expect(core.startupError).toBeNull();
    const services = core.services!;
    // The start ran the duty (on the old generator it ended 20-odd listings here and closed files): nothing changed.
    const after = contentDigest(services.db, Number.MAX_SAFE_INTEGER);
    for (const table of DUTY_TABLES) expect(after[table], table).toBe(before[table]);
    expect(removeExpiredListings(services)).toEqual({ removed: 0, refused: [] });
    // The listings whose term ended inside the history were ended by the build, each on its day, as the duty does.
    expect(result.counts.listingsEnded).toBeGreaterThan(0);
    const ended = services.db.prepare(`SELECT count(*) AS n, max(at) AS last FROM audit_log WHERE channel = ? AND action = 'proceedingStep'`).get(EXPIRY_CHANNEL) as { n: number; last: number };
    expect(ended.n).toBe(result.counts.listingsEnded);
    expect(ended.last).toBeLessThanOrEqual(instantOf(LARGE_UNTIL, '23:59'));
  });

  it('breaks no duty of the bureau: the engine on the last day finds none overdue and none done late', () => {
    const services = core.services!;
    const basis = deadlineBasis(services);
    expect(basis.today).toBe(LARGE_UNTIL);
    const wrong = new Map<string, number>();
    let clocks = 0;
    for (const p of services.db.prepare('SELECT id, kind FROM proceedings ORDER BY id').all() as { id: string; kind: ProceedingKind }[]) {
      for (const d of computeProceedingDeadlines(services.prepare, p.id, p.kind, basis)) {
        clocks++;
        const breach = (d.actor === 'bureau' && d.nature === 'duty' && (d.status === 'overdue' || d.status === 'metLate')) || (d.rule === 'blacklist.term' && d.status === 'elapsed');
        if (breach) wrong.set(`${p.kind} ${d.rule} ${d.status}`, (wrong.get(`${p.kind} ${d.rule} ${d.status}`) ?? 0) + 1);
      }
    }
    expect(clocks).toBeGreaterThan(N * 2);
    expect(Object.fromEntries(wrong)).toEqual({});
  });
});
