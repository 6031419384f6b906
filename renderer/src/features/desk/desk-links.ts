// Where each figure of the leader's desk leads: the filtered list whose length it is (the lists read these from the URL).
import type { ProceedingKind } from '../../../../shared/domain/vocabulary';

export const deptFilesLink = (departmentId: string) => `/cases?status=open&department=${encodeURIComponent(departmentId)}`;
export const deptDutiesLink = (departmentId: string, state: 'overdue' | 'dueSoon') => `/due-dates?state=${state}&scope=unit&department=${encodeURIComponent(departmentId)}`;
export const stageLink = (kind: ProceedingKind, status: string) => `/cases?status=open&kind=${kind}&stage=${encodeURIComponent(status)}`;
export const weekLink = (from: string, to: string) => `/intakes?kind=complaint&from=${from}&to=${to}`;
