// Drawing and scrolling long lists (issue #15 item 6), in Chromium: a 300-worker roster (the intake's page) and the
// ledger with 1,000 rows loaded. Each is measured drawing every row — the page emulating print, where the lists draw
// every row, which is what they drew on screen before they were windowed — and windowed, the two interleaved, three
// rounds each. Draw: from the route's change to the frame after the first row is in the page (the data is cached, so
// this is React and layout). Scroll: the list walked down by 600 px steps, each timed to the second frame after the
// scroll (the rows drawn and painted). Prints medians, p95s, long tasks, rows in the page and the ratios.
import { expect, test } from '../../e2e/fixtures';
import type { Page } from '@playwright/test';

const WORKERS = 300;
const INTAKES = 1000;
/** Rounds of each mode (`LISTS_BENCH_ROUNDS`; 3 by default). */
const ROUNDS = Number(process.env.LISTS_BENCH_ROUNDS ?? 3);
/** At most this many scroll steps per walk (48,000 px: most of the 1,000-row ledger), so a slow machine still finishes. */
const MAX_STEPS = 80;

type Mode = 'all' | 'windowed';
interface Figures { draw: number; steps: number[]; scrollTotal: number; longTasks: number[]; rows: number }

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const median = (xs: number[]) => pct(xs, 50);

async function setMode(page: Page, mode: Mode): Promise<void> {
  await page.emulateMedia({ media: mode === 'all' ? 'print' : 'screen' });
}

/** Time from setting the hash to the frame after `selector` is in the page. */
function drawTime(page: Page, hash: string, selector: string): Promise<number> {
  return page.evaluate(
    ({ hash, selector }) =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        location.hash = hash;
        const check = () => {
          if (!document.querySelector(selector)) return void requestAnimationFrame(check);
          const ch = new MessageChannel();
          ch.port1.onmessage = () => resolve(performance.now() - t0);
          ch.port2.postMessage(0);
        };
        requestAnimationFrame(check);
      }),
    { hash, selector },
  );
}

/** Walks the page down by 600 px steps from the top: each step to the second frame after it; long tasks meanwhile. */
function scrollWalk(page: Page): Promise<{ steps: number[]; total: number; longTasks: number[] }> {
  return page.evaluate(async (maxSteps) => {
    window.scrollTo(0, 0);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const longTasks: number[] = [];
    const po = new PerformanceObserver((l) => l.getEntries().forEach((e) => longTasks.push(e.duration)));
    po.observe({ type: 'longtask' });
    const steps: number[] = [];
    const t0 = performance.now();
    for (let y = 600; y < document.documentElement.scrollHeight - innerHeight + 600 && steps.length < maxSteps; y += 600) {
      const t = performance.now();
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      steps.push(performance.now() - t);
    }
    const total = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 100));
    po.disconnect();
    return { steps, total, longTasks };
  }, MAX_STEPS);
}

async function measure(page: Page, mode: Mode, hash: string, away: string, rowSelector: string): Promise<Figures> {
  await setMode(page, mode);
  await drawTime(page, away, 'main h1, main h2, main h4, main h5, main h6');
  await page.waitForTimeout(300);
  const draw = await drawTime(page, hash, rowSelector);
  await page.waitForTimeout(500);
  const rows = await page.locator(rowSelector).count();
  const walk = await scrollWalk(page);
  return { draw, steps: walk.steps, scrollTotal: walk.total, longTasks: walk.longTasks, rows };
}

function report(label: string, figures: Record<Mode, Figures[]>): string[] {
  const sum = (m: Mode) => {
    const f = figures[m];
    const steps = f.flatMap((x) => x.steps);
    const lt = f.flatMap((x) => x.longTasks);
    return { draw: median(f.map((x) => x.draw)), p50: median(steps), p95: pct(steps, 95), total: median(f.map((x) => x.scrollTotal)), lt: lt.length / f.length, ltMax: lt.length ? Math.max(...lt) : 0, rows: f[0]!.rows };
  };
  const a = sum('all');
  const w = sum('windowed');
  const row = (name: string, s: ReturnType<typeof sum>) =>
    `${name.padEnd(10)}${s.rows.toString().padStart(7)}${s.draw.toFixed(0).padStart(9)}${s.p50.toFixed(1).padStart(10)}${s.p95.toFixed(1).padStart(10)}${s.total.toFixed(0).padStart(10)}${s.lt.toFixed(1).padStart(9)}${s.ltMax.toFixed(0).padStart(9)}`;
  return [
    `\n${label}（${ROUNDS} 轮中位数）`,
    `${'方式'.padEnd(8)}${'页面行数'.padStart(6)}${'绘制ms'.padStart(7)}${'滚动步p50'.padStart(7)}${'滚动步p95'.padStart(7)}${'滚完ms'.padStart(7)}${'长任务/轮'.padStart(5)}${'最长ms'.padStart(6)}`,
    row('全部绘制', a),
    row('窗口化', w),
    `比值（全部 / 窗口化）：绘制 ${(a.draw / w.draw).toFixed(1)}×，滚动步 p95 ${(a.p95 / w.p95).toFixed(1)}×，滚完 ${(a.total / w.total).toFixed(1)}×`,
  ];
}

test(`lists: a ${WORKERS}-worker roster and a ${INTAKES}-row ledger, every row drawn and windowed`, async ({ page, app }) => {
  await app.initialize();
  const desk = await app.as('次仁卓玛');
  const party = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市长名单劳务有限公司' });
  const roster = await desk.call('intakes.create', {
    kind: 'complaint', channel: 'walkIn', receivedAt: Date.now() - 60_000, summary: '三百名工人集体投诉：工资未付', workersCount: WORKERS,
    parties: [{ partyId: party.id, role: 'employer' }], route: 'inspection',
    complainants: Array.from({ length: WORKERS }, (_, k) => ({ name: `长名单工人${k + 1}号`, idType: 'none' as const, idMissingReason: '未带证件', phones: [`1390892${String(k).padStart(4, '0')}`], amountClaimedFen: 860_000 })),
  });
  const base = Date.now() - 400 * 86_400_000;
  for (let i = 0; i < INTAKES - 1; i++) {
    await desk.call('intakes.create', {
      kind: 'consultation', channel: i % 3 ? 'walkIn' : 'phone', receivedAt: base + i * 3_600_000, summary: `台账第${i + 1}号：在安居房项目务工期间被拖欠工资`, workersCount: 1,
      parties: [{ partyId: party.id, role: 'employer' }], route: 'answered', answer: '已告知投诉途径',
      complainants: [{ name: `工人${i + 1}`, idType: 'none', idMissingReason: '未带证件' }],
    });
  }
  await app.signIn(page);
  await page.evaluate(() => (location.hash = '#/intakes'));
  // Every page of the ledger loaded (scrolling to the end loads the next), as a clerk who scrolled through it.
  const done = page.getByText(`共 ${INTAKES} 条，已全部显示`);
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(done).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 600_000 });

  const lines: string[] = [];
  const rosterFigures: Record<Mode, Figures[]> = { all: [], windowed: [] };
  const ledgerFigures: Record<Mode, Figures[]> = { all: [], windowed: [] };
  for (let r = 0; r < ROUNDS; r++) {
    for (const mode of (r % 2 ? ['windowed', 'all'] : ['all', 'windowed']) as Mode[]) {
      rosterFigures[mode].push(await measure(page, mode, `#/intakes/${roster.id}`, '#/cases', '[data-testid="complainant-row"]'));
      ledgerFigures[mode].push(await measure(page, mode, '#/intakes', '#/cases', '[data-testid="intake-row"]'));
    }
  }
  await setMode(page, 'windowed');
  lines.push(...report(`投诉人名单 ${WORKERS} 人（登记详情页）`, rosterFigures), ...report(`登记台账 ${INTAKES} 条（已全部加载）`, ledgerFigures));
  console.log(lines.join('\n'));
  await test.info().attach('figures', { body: lines.join('\n'), contentType: 'text/plain' });
  // The bench's own sanity: windowed draws a fraction of the rows, printing draws them all.
  expect(rosterFigures.all[0]!.rows).toBe(WORKERS);
  expect(rosterFigures.windowed[0]!.rows).toBeLessThan(WORKERS / 3);
  expect(ledgerFigures.all[0]!.rows).toBe(INTAKES);
});
