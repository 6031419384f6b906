// What the desks did: every request's time by kind, the refusals that are conflicts (two desks saved one record;
// the second is told, by design), and every other failure, which is an error.
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/channels';
import type { Result } from '../../shared/contract/result';

/** What a desk calls: the server through HTTPS (DeskClient), or a core directly while developing the mix. */
export interface DeskApi {
  invoke<K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<Result<ChannelOutput<K>>>;
}

export const KINDS = ['signIn', 'search', 'list', 'intake', 'action', 'document', 'edit', 'reread', 'event'] as const;
export type Kind = (typeof KINDS)[number];

export const KIND_LABEL: Record<Kind, string> = {
  signIn: '登录',
  search: '检索',
  list: '列表翻页',
  intake: '接待登记',
  action: '案卷操作（回访记录）',
  document: '制作文书',
  edit: '同一笔录并发修改',
  reread: '冲突后重新读取',
  event: '其他窗口收到登记（事件流）',
};

export class Tally {
  readonly times = new Map<Kind, number[]>();
  requests = 0;
  conflicts = 0;
  readonly errors: string[] = [];

  /** Times one call and files it: ok, a conflict (only where `conflictExpected`), or an error. */
  /** A figure that is not a request of this desk's (an event's delay): timed, not counted as a request. */
  record(kind: Kind, ms: number): void {
    let list = this.times.get(kind);
    if (!list) this.times.set(kind, (list = []));
    list.push(ms);
  }

  async timed<K extends ChannelName>(api: DeskApi, kind: Kind, channel: K, input: ChannelInput<K>, conflictExpected = false): Promise<Result<ChannelOutput<K>> | null> {
    const started = performance.now();
    let r: Result<ChannelOutput<K>>;
    try {
      r = await api.invoke(channel, input);
    } catch (e) {
      this.requests++;
      this.errors.push(`${channel}: ${(e as Error).message}`);
      return null;
    }
    const ms = performance.now() - started;
    this.requests++;
    this.record(kind, ms);
    if (!r.ok) {
      if (conflictExpected && r.error.code === 'CONFLICT') this.conflicts++;
      else this.errors.push(`${channel}: ${r.error.code} ${r.error.message}`);
    }
    return r;
  }
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export interface KindFigures {
  kind: Kind;
  label: string;
  count: number;
  p50: number;
  p95: number;
  max: number;
}

export function figures(tallies: readonly Tally[]): KindFigures[] {
  return KINDS.flatMap((kind) => {
    const all = tallies.flatMap((t) => t.times.get(kind) ?? []);
    if (all.length === 0) return [];
    return [{ kind, label: KIND_LABEL[kind], count: all.length, p50: percentile(all, 50), p95: percentile(all, 95), max: Math.max(...all) }];
  });
}
