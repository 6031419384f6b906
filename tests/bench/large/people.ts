// The people, employers and words of the large synthetic database (seed:large): a seeded generator, so the same
// seed gives the same database. Distributions: a third of the workers carry a common Tibetan name part (扎西, 次仁,
// 多吉, 卓玛 …); ID numbers have valid check digits and cluster by county (the city district and the big counties
// take most); employers follow a heavy tail (a few contractors have thousands of cases).
import { creditCodeCheckChar, orgCodeCheckChar, residentIdCheckChar } from '../../../shared/domain/identity';

/** Mulberry32: small, fast, and the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** The common name parts: every name built with one of them is found by searching it (扎西 finds a third of the workers). */
export const COMMON_TIBETAN = ['扎西', '次仁', '多吉', '卓玛', '旺堆', '索朗', '格桑', '达瓦'] as const;
const TIBETAN = ['尼玛', '平措', '拉巴', '边巴', '普布', '洛桑', '央金', '德吉', '白玛', '次旦', '巴桑', '强巴', '米玛', '顿珠', '曲珍', '拉姆', '群培', '益西', '贡觉', '仁增'];
const SURNAMES = ['张', '王', '李', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '罗', '高', '林', '谢', '唐', '韩', '冯', '邓', '曹', '彭', '曾', '田', '蒋'];
const HAN_GIVEN = ['伟', '磊', '军', '洋', '刚', '帆', '勇', '强', '杰', '斌', '小龙', '冰', '平', '涛', '建华', '志强', '秀英', '丽', '敏', '静', '海燕', '国庆', '雪', '鑫', '晓东', '红梅', '建国', '明', '超', '春生'];

export function workerName(r: Random): { name: string; tibetan: boolean } {
  const u = r();
  // A third: a common part, alone or with another part (扎西次仁, 卓玛, 格桑卓玛).
  if (u < 1 / 3) {
    const common = pick(r, COMMON_TIBETAN);
    const v = r();
    if (v < 0.3) return { name: common, tibetan: true };
    return { name: v < 0.65 ? common + pick(r, TIBETAN) : pick(r, TIBETAN) + common, tibetan: true };
  }
  if (u < 0.55) {
    const v = r();
    return { name: v < 0.35 ? pick(r, TIBETAN) : pick(r, TIBETAN) + pick(r, TIBETAN), tibetan: true };
  }
  return { name: pick(r, SURNAMES) + pick(r, HAN_GIVEN), tibetan: false };
}

/**
 * Counties of residence with their weights: 日喀则's district and counties (five in six workers), and the home
 * provinces of many Han workers (四川, 甘肃, 青海, 重庆).
 */
const COUNTIES: readonly [string, number][] = [
  ['540202', 30], ['540221', 6], ['540222', 5], ['540223', 4], ['540224', 4], ['540225', 3], ['540226', 3], ['540227', 3],
  ['540228', 2], ['540229', 2], ['540230', 2], ['540231', 2], ['540232', 2], ['540233', 2], ['540234', 2], ['540235', 2],
  ['540236', 2], ['540237', 2], ['510122', 6], ['511321', 5], ['620102', 3], ['630102', 2], ['500101', 3], ['540102', 5],
];
const COUNTY_TOTAL = COUNTIES.reduce((s, [, w]) => s + w, 0);
const BIRTH_DAYS = 43 * 365; // 1960-01-01 .. 2002-12-31
const BIRTH_EPOCH = Date.UTC(1960, 0, 1);

function weightedCounty(r: Random): string {
  let x = r() * COUNTY_TOTAL;
  for (const [code, w] of COUNTIES) if ((x -= w) < 0) return code;
  return COUNTIES[0]![0];
}

/** Resident IDs unique by construction: each county counts its own workers through birth dates, then sequence numbers. */
export class IdNumbers {
  private readonly used = new Map<string, number>();
  next(r: Random): string {
    const county = weightedCounty(r);
    const c = this.used.get(county) ?? Math.floor(r() * BIRTH_DAYS);
    this.used.set(county, c + 1 + Math.floor(r() * 3));
    const day = new Date(BIRTH_EPOCH + (c % BIRTH_DAYS) * 86_400_000);
    const seq = Math.floor(c / BIRTH_DAYS) % 1000;
    const first17 = `${county}${day.getUTCFullYear()}${String(day.getUTCMonth() + 1).padStart(2, '0')}${String(day.getUTCDate()).padStart(2, '0')}${String(seq).padStart(3, '0')}`;
    return first17 + residentIdCheckChar(first17);
  }
}

const MOBILE_PREFIXES = ['139', '138', '135', '136', '150', '151', '158', '182', '187', '189', '177', '180', '133', '153', '199'];
export function mobile(r: Random): string {
  return pick(r, MOBILE_PREFIXES) + String(Math.floor(r() * 1e8)).padStart(8, '0');
}

const TRADES = ['建筑工', '钢筋工', '木工', '泥瓦工', '电焊工', '架子工', '水电工', '油漆工', '司机', '保安', '服务员', '厨师', '装卸工', '小工'];
export const occupation = (r: Random): string => (r() < 0.45 ? '建筑工' : pick(r, TRADES));

const HEADS = ['雪域', '晨曦', '年楚', '宏远', '吉祥', '珠峰', '圣湖', '高原', '恒通', '鑫源', '安康', '顺达', '昌盛', '祥和', '瑞丰', '扎什', '雅江', '喜马', '藏建', '天路', '隆达', '格桑', '卓越', '聚力', '华峰'];
const MIDDLE = ['', '', '第一', '第二', '第三', '城投', '鸿', '德', '泰', '兴'];
const TAILS = ['建筑工程有限公司', '路桥工程有限公司', '劳务分包有限公司', '商贸有限公司', '水利工程有限公司', '装饰工程有限公司', '酒店管理有限公司', '物业服务有限公司'];
const PLACES = ['桑珠孜区', '江孜县', '拉孜县', '定日县', '萨迦县', '南木林县', '白朗县', '仁布县', '谢通门县', '昂仁县', '聂拉木县', '亚东县', '吉隆县', '康马县', '定结县', '仲巴县', '萨嘎县', '岗巴县'];
const WORKS = ['安置房', '学校', '公路', '水利', '医院', '商场', '易地搬迁', '供暖管网', '污水处理厂', '体育馆', '市政道路', '边境小康村'];

export function employerName(r: Random, i: number): string {
  return `日喀则${pick(r, HEADS)}${pick(r, MIDDLE)}${i}${pick(r, TAILS)}`;
}

/** A valid 统一社会信用代码 (GB 32100-2015) numbered by i: 91 (企业), the area 540202, a checked 组织机构代码, the check. */
export function creditCode(i: number): string {
  const org = String(i).padStart(8, '0');
  const first17 = `91540202${org}${orgCodeCheckChar(org)}`;
  return first17 + creditCodeCheckChar(first17);
}

export function projectName(r: Random, i: number): string {
  return `${pick(r, PLACES)}${pick(r, WORKS)}项目（${2000 + (i % 27)}-${i}）`;
}

export const workKind = (r: Random): string => pick(r, WORKS);

/** The heavy tail: index i of n with probability falling off like a power law (the first employers take most cases). */
export function heavyTail(r: Random, n: number): number {
  return Math.min(n - 1, Math.floor(n * r() ** 3));
}
