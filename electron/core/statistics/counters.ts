// The statistics tables the report is made of, in the order it prints them. Each table is a StatTableCounter
// (./table.ts) in its own module with its SQL beside it; adding one is an import and an entry here.
import { arbitrationCounter } from './arbitration';
import { deskCounter } from './desk';
import { inspectionCounter } from './inspection';
import type { StatTableCounter } from './table';

export const STAT_COUNTERS: readonly StatTableCounter[] = [arbitrationCounter, inspectionCounter, deskCounter];
