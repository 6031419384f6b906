// A quick bulk fill for search and list measurements: one template intake made through the core, then N intakes
// copied from it row by row (new numbers, dates, names, IDs and phones; 3 workers each; a third with 扎西; a fifth of
// the summaries and the employers' names with 建筑工), each indexed by the app's own indexIntake inside the same
// transaction a save would use. Used by tests/bench/search-scale.ts and the search correctness test.
import type { Db } from '../../db/open';
import { statementCache } from '../../db/statements';
import { indexIntake } from '../../electron/core/intakes/search-index';
import { residentIdCheckChar } from '../../shared/domain/identity';
import { dateKeyOf, instantOf } from '../../shared/domain/time';

export const GIVEN = ['扎西', '次仁', '格桑', '达瓦', '尼玛', '旺堆', '索朗', '平措', '多吉', '拉巴', '边巴', '普布', '洛桑', '卓玛', '央金', '德吉', '白玛', '次旦', '巴桑', '强巴'];
export const HAN = ['张伟', '王磊', '李军', '刘洋', '陈刚', '杨帆', '赵勇', '黄强', '周杰', '吴斌', '马小龙', '韩冰', '何平', '罗刚', '郑涛'];
/** A name given to one intake in 10,000: the "rare name" of the measurements. */
export const RARE = '益西旺姆';

export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function columnsOf(db: Db, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
}

/** An INSERT … SELECT copying one row of `table` with some columns replaced by parameters. */
function copier(db: Db, table: string, key: string, replaced: string[], omit: string[] = []) {
  const cols = columnsOf(db, table).filter((c) => !omit.includes(c));
  const select = cols.map((c) => (replaced.includes(c) ? `@${c}` : c));
  return db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) SELECT ${select.join(', ')} FROM ${table} WHERE ${key} = @__key LIMIT 1`);
}

export interface FillTemplate {
  intakeId: string;
  personId: string;
  partyIds: string[];
}

/** Copies the template intake `count` times, received a few minutes apart over ten years, newest last. */
export function fillIntakes(db: Db, t: FillTemplate, count: number, seed = 20261125): void {
  const random = rng(seed);
  const pick = <T,>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const prepare = statementCache(db);
  const intake = copier(db, 'intakes', 'id', ['id', 'reg_year', 'reg_no', 'received_at', 'received_date', 'summary', 'workers_count', 'case_file_id', 'created_at', 'updated_at'], ['seq']);
  const person = copier(db, 'persons', 'id', ['id', 'name', 'name_initials', 'id_number', 'created_at', 'updated_at'].filter((c) => columnsOf(db, 'persons').includes(c)));
  const link = db.prepare('INSERT INTO intake_complainants (intake_id, person_id, sort_order) VALUES (?, ?, ?)');
  const party = db.prepare("INSERT INTO intake_parties (intake_id, party_id, role, sort_order) VALUES (?, ?, 'employer', 0)");
  const phone = copier(db, 'person_phones', 'person_id', ['id', 'person_id', 'phone'].filter((c) => columnsOf(db, 'person_phones').includes(c)));
  const start = instantOf('2016-12-01', '09:00');
  const span = instantOf('2026-11-20', '17:00') - start;
  let nextId = 0;
  const id = () => `bulk-${String(nextId++).padStart(9, '0')}`;
  const BATCH = 2000;
  for (let done = 0; done < count; done += BATCH) {
    db.transaction(() => {
      for (let i = done; i < Math.min(count, done + BATCH); i++) {
        const intakeId = id();
        // Mostly in order of arrival, some entered late (a tenth up to a week back), as a desk does.
        const at = start + Math.floor((span * i) / count) - (random() < 0.1 ? Math.floor(random() * 7 * 86_400_000) : 0);
        const regYear = Number(dateKeyOf(at).slice(0, 4));
        const builder = random() < 0.2;
        intake.run({ __key: t.intakeId, id: intakeId, reg_year: regYear, reg_no: 100_000 + i, received_at: at, received_date: dateKeyOf(at), summary: `第${i}号：在${pick(['安居房', '学校', '公路', '水利', '商场'])}项目${builder ? '做建筑工' : '务工'}，工资未付`, workers_count: 3, case_file_id: null, created_at: at, updated_at: at });
        for (let k = 0; k < 3; k++) {
          const name = i % 10_000 === 17 && k === 0 ? RARE : k === 0 && i % 3 === 0 ? (random() < 0.5 ? '扎西' : `扎西${pick(GIVEN)}`) : random() < 0.7 ? (random() < 0.5 ? pick(GIVEN.slice(1)) : pick(GIVEN.slice(1)) + pick(GIVEN.slice(1))) : pick(HAN);
          const n = i * 3 + k;
          const first17 = `5402${String(21 + (n % 17)).padStart(2, '0')}19${String(60 + (n % 40)).padStart(2, '0')}${String((n % 12) + 1).padStart(2, '0')}${String((Math.floor(n / 12) % 28) + 1).padStart(2, '0')}${String(Math.floor(n / 336) % 1000).padStart(3, '0')}`;
          const personId = `${intakeId}-${k}`;
          person.run({ __key: t.personId, id: personId, name, name_initials: '', id_number: `${first17}${residentIdCheckChar(first17)}`, created_at: at, updated_at: at });
          phone.run({ __key: t.personId, id: `${personId}-p`, person_id: personId, phone: `139${String(n).padStart(8, '0')}` });
          link.run(intakeId, personId, k);
        }
        party.run(intakeId, pick(t.partyIds));
        indexIntake(prepare, intakeId);
      }
    })();
  }
}
