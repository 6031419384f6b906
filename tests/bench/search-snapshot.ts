// `tsx tests/bench/search-snapshot.ts --data-dir D (--out FILE | --time RUNS)`: the intake search's results and speed
// on a seed:large database, for comparing two versions of the search code on the same data (docs/performance.md,
// "Pages in proportion to the page"). --out writes, for ~50 queries of every form × two scopes (a caller who may
// unmask and read reports; one who sees numbers masked and no reports), the first three pages of 50 (ids in order,
// each page's cursor: the rank and position it stops at) and the case list's first page; two versions agree when
// their files are equal. --time times the bench's five search queries, interleaved, in process (no dispatch).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createCore } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { listIntakes } from '../../electron/core/intakes/intakes.list';
import { listCases } from '../../electron/core/cases/cases.service';
import { intakeListInput } from '../../shared/contract/intakes';
import { caseListInput } from '../../shared/contract/cases';
import type { NumberSearch } from '../../electron/core/search/query';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

const SCOPES: Record<string, { numbers: NumberSearch; searchReports: boolean }> = {
  unmask: { numbers: 'prefix', searchReports: true },
  masked: { numbers: 'visible', searchReports: false },
};

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main() {
  const dataDir = resolve(arg('data-dir') ?? '');
  const core = createCore({ dataDir, migrationsDir: resolve(__dirname, '..', '..', 'db', 'migrations'), logger: silentLogger, documentBodyFont: null });
  if (core.startupError) throw new Error(core.startupError.message);
  const s = core.services!;
  const one = <T>(sql: string) => s.db.prepare(sql).get() as T;
  try {
    const id = one<{ v: string }>('SELECT id_number AS v FROM persons WHERE id_number IS NOT NULL ORDER BY rowid LIMIT 1 OFFSET 5000').v;
    const prefix10 = one<{ p: string }>('SELECT substr(id_number, 1, 10) AS p, count(*) AS n FROM persons WHERE id_number IS NOT NULL GROUP BY p ORDER BY n DESC LIMIT 1').p;
    const phone = one<{ v: string }>('SELECT phone AS v FROM person_phones ORDER BY rowid LIMIT 1 OFFSET 3000').v;
    const reg = one<{ y: number; n: number; x: string | null }>('SELECT reg_year AS y, reg_no AS n, external_no AS x FROM intakes WHERE seq = 5000');
    const regText = `${reg.y}-${String(reg.n).padStart(4, '0')}`;
    const caseNo = one<{ v: string }>("SELECT number AS v FROM proceedings WHERE kind = 'arbitration' AND number IS NOT NULL ORDER BY rowid LIMIT 1 OFFSET 2000").v;
    const credit = one<{ v: string }>('SELECT credit_code AS v FROM parties WHERE credit_code IS NOT NULL ORDER BY rowid LIMIT 1 OFFSET 77').v;
    const employer = one<{ v: string }>("SELECT name AS v FROM parties WHERE kind = 'organisation' ORDER BY rowid LIMIT 1 OFFSET 100").v;
    const queries = [
      '巴', '珠', '王', '扎西', '卓玛', '次仁', '王磊', '建筑工', '扎西次仁', '次仁卓玛', '工资未付', '格桑', 'བཀྲ་ཤིས',
      'zx', 'crzm', 'zm', 'gs', 'zhaxi', 'zhax', 'gesang', 'z', 'abc',
      id.slice(0, 6), prefix10, id.slice(0, 14), id.slice(0, 16), id, id.slice(-4),
      phone, phone.slice(0, 7), phone.slice(0, 9),
      regText, regText.replace('-', ''), String(reg.n).padStart(4, '0'), ...(reg.x ? [reg.x] : []),
      caseNo, caseNo.replace(/^.*〔/, '〔'), credit, credit.slice(0, 8),
      employer, employer.slice(3, 7), '圣湖', '雪域建筑',
      '扎西 建筑工', '巴 卓玛', `卓玛 ${prefix10}`, 'zx 建筑', '扎西 圣湖',
      '"扎西', "扎西' OR 1=1 --", '建筑*', 'a AND b', '%_', '扎西 NEAR(建筑)',
    ];
    if (arg('out')) {
      const out: Record<string, unknown> = {};
      for (const [scopeName, scope] of Object.entries(SCOPES)) {
        for (const q of queries) {
          const pages: unknown[] = [];
          let cursor: string | null = null;
          for (let p = 0; p < 3; p++) {
            const page = listIntakes(s, intakeListInput.parse({ search: q, limit: 50, cursor }), scope);
            pages.push({ ids: page.items.map((i) => i.id), next: page.nextCursor });
            cursor = page.nextCursor;
            if (!cursor) break;
          }
          out[`${scopeName} intakes ${q}`] = pages;
        }
        for (const q of [caseNo, '扎西', employer]) {
          const page = listCases(s, caseListInput.parse({ search: q, limit: 50 }), scope);
          out[`${scopeName} cases ${q}`] = { ids: page.items.map((i) => i.id), next: page.nextCursor };
        }
      }
      writeFileSync(arg('out')!, JSON.stringify(out, null, 1) + '\n');
      console.log(`${Object.keys(out).length} results written`);
    }
    const runs = Number(arg('time') ?? 0);
    if (runs > 0) {
      const timed: [string, string][] = [['建筑工', 'unmask'], ['扎西', 'unmask'], ['巴', 'unmask'], [prefix10, 'unmask'], ['zx', 'unmask']];
      const extra = (arg('queries') ?? '').split(',').filter(Boolean).map((q) => [q, 'unmask'] as [string, string]);
      const all = [...timed, ...extra];
      const times = all.map(() => [] as number[]);
      for (let r = 0; r < runs; r++) {
        all.forEach(([q, sc], i) => {
          const t = performance.now();
          listIntakes(s, intakeListInput.parse({ search: q, limit: 50 }), SCOPES[sc]!);
          times[i]!.push(performance.now() - t);
        });
      }
      all.forEach(([q], i) => console.log(`${q.padEnd(14)} p50 ${percentile(times[i]!, 50).toFixed(2).padStart(8)}  p95 ${percentile(times[i]!, 95).toFixed(2).padStart(8)}  n ${runs}`));
    }
  } finally {
    await core.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
