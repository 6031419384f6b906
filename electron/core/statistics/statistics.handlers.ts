import { defineHandlers } from '../kernel/handler';
import { computeReport, computeReportJob, correctReport, figureFiles, statDefinitions, submitReport, submittedReport, submittedReports } from './statistics.service';

export const statisticsHandlers = defineHandlers({
  'statistics.definitions': (call) => statDefinitions(call),
  'statistics.compute': (call, input) => computeReport(call, input),
  'statistics.computeJob': (call, input) => computeReportJob(call, input),
  'statistics.files': (call, input) => figureFiles(call, input),
  'statistics.submit': (call, input) => submitReport(call, input),
  'statistics.correct': (call, input) => correctReport(call, input),
  'statistics.submitted': (call, input) => submittedReports(call, input),
  'statistics.submittedReport': (call, input) => submittedReport(call, input),
});
