// The work the core does between calls, off their path: the term postings' background merge (search/postings-merge.ts)
// and the WAL checkpoint after the calls that wrote (durability/wal-checkpoint.ts).
import { channels, type ChannelName } from '../../../shared/contract/channels';
import { isChannelName } from '../../../shared/contract/channel-names';
import type { Db } from '../../../db/open';
import type { Prepare } from '../../../db/statements';
import { walCheckpointer } from './wal-checkpoint';
import { postingsMerger } from '../search/postings-merge';

export function betweenCalls(
  o: { target: () => { db: Db; prepare: Prepare } | null; paused: () => boolean; writesReady: () => Promise<void>; onError: (what: string, e: unknown) => void },
  /** Where the merge timer goes; null: no background merge (tests that count rows merge themselves). */
  timers: NodeJS.Timeout[] | null,
) {
  const checkpointer = walCheckpointer(() => o.target()?.db ?? null, (e) => o.onError('WAL checkpoint failed', e));
  const merger = postingsMerger({ ...o, onError: (e) => o.onError('postings merge failed', e) }, timers);
  return {
    /** A call arrived: the merge waits for a quiet moment; a call that may write is counted towards a checkpoint after it. */
    called(channel: string) {
      merger.called();
      if (isChannelName(channel) && channels[channel as ChannelName].kind === 'mutation') checkpointer.wrote();
    },
  };
}
