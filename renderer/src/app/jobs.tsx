// Job progress pushed by the core, kept where any screen (the maintenance panel, a future batch dialog) can read it.
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import type { CoreEvent } from '../../../shared/contract/events';
import type { JobInfo } from '../../../shared/contract/jobs';
import { call, errorMessage } from '../platform/api';
import { useCall } from '../platform/queries';

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

/**
 * A job this screen starts and follows: its latest state (pushed by the core, or asked for now and then in case an
 * event was missed), and start/cancel with their failures. `initialId` resumes a job started earlier.
 */
export function useJobRun(startJob: () => Promise<JobInfo>, options: { initialId?: string | null; onStarted?: (job: JobInfo) => void } = {}) {
  const [jobId, setJobId] = useState<string | null>(options.initialId ?? null);
  const [started, setStarted] = useState<JobInfo | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pushed = useJob(jobId);
  const polled = useCall('jobs.get', { jobId: jobId ?? '' }, {
    enabled: jobId !== null && (pushed === null || pushed.status === 'running'),
    refetchInterval: (q) => (q.state.data && q.state.data.status !== 'running' ? false : 2000),
    retry: false,
  });
  // The first finished state any source reports wins; else the freshest running one.
  const job = [pushed, polled.data ?? null, started].find((j) => j && j.status !== 'running') ?? pushed ?? polled.data ?? started;
  const start = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const info = await startJob();
      setJobId(info.id);
      setStarted(info);
      options.onStarted?.(info);
    } catch (e) {
      setFailure(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const cancel = async () => {
    if (!job) return;
    try {
      await call('jobs.cancel', { jobId: job.id });
    } catch (e) {
      setFailure(errorMessage(e));
    }
  };
  return { job: job ?? null, running: job?.status === 'running', busy, failure, start, cancel };
}
