// The demo's incidents, 督办 and meetings, recorded through the services themselves on the demo's recent files:
// the crowd at the bureau's gate the day the 安居房 workers came (reported up, to 公安 and to 住建 well inside
// the plan's hours, people sent, closed on a payment plan); the region's 交办 under supervision with a progress
// report; the 包案领导's 约谈 of the G318 general contractor and a 调度会 on the school whose 包工头 vanished.
// Every time is relative to the demo's receipt times, so a demo made on any day shows met clocks, not overdue ones.
import { addDays } from '../../../shared/domain/calendar';
import { dateKeyOf } from '../../../shared/domain/time';
import type { CallContext } from '../kernel/context';
import { closeIncidentWith, dispatchToScene, openIncident, reportIncident } from '../incidents/incidents.service';
import { recordMeeting } from '../incidents/meetings.service';
import { openSupervision, reportOnSupervision } from '../incidents/supervision.service';
import { partiesOfFile } from '../incidents/supervision.data';
import { actingAt } from './demo-casework';

const MINUTE = 60_000;

export interface IncidentCrew {
  leader: string;
  leader2: string;
  inspectors: [string, string];
}

interface DemoFileRef {
  caseFileId: string;
  receivedAt: number;
}

/** The demo file registered from the intake whose summary starts so, or null when the demo lacks it. */
function fileOf(call: CallContext, summaryStart: string): DemoFileRef | null {
  const row = call.core
    .prepare(
      `SELECT c.id AS caseFileId, i.received_at AS receivedAt FROM case_files c JOIN intakes i ON i.id = c.source_intake_id
       WHERE substr(i.summary, 1, length(?)) = ? ORDER BY i.received_at LIMIT 1`,
    )
    .get(summaryStart, summaryStart) as DemoFileRef | undefined;
  return row ?? null;
}

export function recordDemoIncidents(call: CallContext, crew: IncidentCrew): void {
  const now = call.core.clock.now();
  const gate = fileOf(call, '12名工人在雪域建筑公司');
  if (gate && gate.receivedAt + 4 * 60 * MINUTE < now) {
    const t = (minutes: number) => gate.receivedAt + minutes * MINUTE;
    const leader = (at: number) => actingAt(call, crew.leader, at);
    const incident = openIncident(leader(t(15)), {
      caseFileId: gate.caseFileId,
      startedAt: t(-20),
      learnedAt: t(-5),
      placeKind: 'bureauGate',
      place: null,
      acts: ['crowd', 'blockedGate'],
      description: '安居房项目（二期）12名工人到局门口聚集讨要2026年8月至10月工资，部分人员堵住大门，情绪激动。',
      peopleCount: 12,
      leaders: '扎西、次仁（工人推选的代表）',
    });
    for (const [recipient, addressee, after] of [
      ['up', '市人民政府总值班室、自治区人社厅', 25],
      ['police', '桑珠孜区公安分局城南派出所', 30],
      ['housing', '桑珠孜区住房和城乡建设局', 40],
    ] as const) {
      reportIncident(leader(t(after)), { incidentId: incident.id, recipient, addressee, reportedAt: t(after), reportedBy: crew.leader, method: 'phone', summary: '12名工人在局门口聚集讨薪，已派员劝导，正在核实欠薪情况。' });
    }
    dispatchToScene(leader(t(20)), { incidentId: incident.id, sentAt: t(20), staffIds: [...crew.inspectors], others: [], task: '现场劝导，登记工人和欠薪情况，联系总包单位负责人到场' });
    closeIncidentWith(leader(t(180)), { incidentId: incident.id, endedAt: t(170), outcome: 'agreed', note: '总包单位负责人到场，承诺五日内拨付工资款，工人代表同意，人员已散去。', expectedRowVersion: incident.rowVersion });
  }
  const assigned = fileOf(call, '自治区人社厅交办');
  if (assigned) {
    const day = dateKeyOf(assigned.receivedAt);
    const supervision = openSupervision(actingAt(call, crew.leader, assigned.receivedAt + 60 * MINUTE), {
      caseFileId: assigned.caseFileId,
      level: 'assignedFromAbove',
      issuer: '自治区人力资源和社会保障厅 藏人社监督〔2026〕17号',
      demands: '限期查处雪域建筑公司在多个项目拖欠农民工工资问题，查处结果书面报告。',
      reportBy: addDays(day, 30),
    });
    const progressAt = assigned.receivedAt + 7 * 24 * 60 * MINUTE;
    if (progressAt < now) {
      reportOnSupervision(actingAt(call, crew.inspectors[0], progressAt), { supervisionId: supervision.id, date: dateKeyOf(progressAt), content: '已立案调查，调取了三个项目的工资支付台账和考勤记录，正在核对欠薪人数和金额。' });
    }
  }
  const road = fileOf(call, '12345转来：G318线');
  if (road && road.receivedAt + 24 * 60 * MINUTE < now) {
    const at = road.receivedAt + 24 * 60 * MINUTE;
    const contractor = partiesOfFile(call.core.prepare, road.caseFileId).find((p) => p.name.includes('晨曦'));
    if (contractor) {
      recordMeeting(actingAt(call, crew.leader2, at), {
        caseFileId: road.caseFileId,
        kind: 'interview',
        date: dateKeyOf(at),
        place: '局三楼会议室',
        purpose: '督促总包单位履行清偿责任',
        attendees: [{ partyId: contractor.id, name: null, organisation: null, commitment: '十日内核清工资表并先行清偿' }],
        outcome: '总包单位承认劳务分包款未足额拨付，承诺十日内核清工资表并先行清偿。',
      });
    }
  }
  const school = fileOf(call, '市信访局转来：南木林县完全小学');
  if (school && school.receivedAt + 2 * 24 * 60 * MINUTE < now) {
    const at = school.receivedAt + 2 * 24 * 60 * MINUTE;
    recordMeeting(actingAt(call, crew.leader, at), {
      caseFileId: school.caseFileId,
      kind: 'coordination',
      date: dateKeyOf(at),
      place: '南木林县人民政府会议室',
      purpose: '包工头失联，协调查找下落和工资垫付',
      attendees: [
        { partyId: null, name: '罗布', organisation: '南木林县住房和城乡建设局', commitment: null },
        { partyId: null, name: '次旦多吉', organisation: '南木林县公安局', commitment: '协查包工头下落' },
        { partyId: null, name: '德吉', organisation: '南木林县教育局（建设单位）', commitment: '按核实的工资表从未付工程款中先行垫付' },
      ],
      outcome: '公安机关协查包工头下落；建设单位核对未付工程款，同意按核实的工资表从未付工程款中先行垫付。',
    });
  }
}
