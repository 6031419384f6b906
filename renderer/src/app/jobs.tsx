// Job progress pushed by the core, kept where any screen (the maintenance panel, a future batch dialog) can read it.
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import type { CoreEvent } from '../../../shared/contract/events';
import type { JobInfo } from '../../../shared/contract/jobs';

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
