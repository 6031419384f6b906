import { defineHandlers } from '../kernel/handler';
import { deskCharts } from './desk-charts.service';

export const deskHandlers = defineHandlers({
  'desk.charts': (call) => deskCharts(call),
});
