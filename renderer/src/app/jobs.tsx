// Job progress pushed by the core, kept where any screen (the maintenance panel, a future batch dialog) can read it.
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import type { CoreEvent } from '../../../shared/contract/events';
import type { JobInfo } from '../../../shared/contract/jobs';
import type { ChannelInput } from '../../../shared/contract/channels';
import type { ChannelMutation } from '../platform/mutations';
import { useCancelJob, useJobPoll } from './queries';

const JobsContext = createContext<{ jobs: Record<string, JobInfo>; sink: (e: CoreEvent) => void }>({ jobs: {}, sink: () => {} });

export function JobsProvider({ children }: { children: ReactNode }) {
  const [jobs, setJobs] = useState<Record<string, JobInfo>>({});
  const sink = useCallback((e: CoreEvent) => {
    if (e.type === 'job.progress' || e.type === 'job.finished') setJobs((j) => ({ ...j, [e.job.id]: e.job }));
  }, []);
  return <JobsContext.Provider value={{ jobs, sink }}>{children}</JobsContext.Provider>;
}

export const useJobsSink = () => useContext(JobsContext).sink;
export const useJob = (id: string | null): JobInfo | null => {
  const { jobs } = useContext(JobsContext);
  return id ? (jobs[id] ?? null) : null;
};

/** The channels that start a job (their answer is the job's first state). */
type JobChannel = 'documents.batch' | 'jobs.start' | 'statistics.computeJob';

/**
 * A job this screen starts and follows: its latest state (pushed by the core, or asked for now and then in case an
 * event was missed), and start/cancel with their failures. `initialId` resumes a job started earlier.
 */
export function useJobRun<K extends JobChannel>(
  starter: ChannelMutation<K>,
  input: ChannelInput<K>,
  options: { initialId?: string | null; onStarted?: (job: JobInfo) => void } = {},
) {
  const [jobId, setJobId] = useState<string | null>(options.initialId ?? null);
  const [started, setStarted] = useState<JobInfo | null>(null);
  const cancelling = useCancelJob();
  const pushed = useJob(jobId);
  const polled = useJobPoll(jobId, pushed === null || pushed.status === 'running');
  // The first finished state any source reports wins; else the freshest running one.
  const job = [pushed, polled.data ?? null, started].find((j) => j && j.status !== 'running') ?? pushed ?? polled.data ?? started;
  const start = async () => {
    cancelling.reset();
    const r = await starter.run(input);
    if (!r.ok) return;
    const info: JobInfo = r.value;
    setJobId(info.id);
    setStarted(info);
    options.onStarted?.(info);
  };
  const cancel = async () => {
    if (job) await cancelling.run({ jobId: job.id });
  };
  return { job: job ?? null, running: job?.status === 'running', busy: starter.busy, failure: cancelling.formError ?? starter.formError, start, cancel };
}
