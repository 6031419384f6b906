// How an audit row's change is stored from format 5 on (issue #15: a smaller trail). The change is canonical JSON
// text (shared/domain/canonical-json.ts); stored, it is the same text with its most common pieces written as short
// codes, as a BLOB. Canonical JSON never holds a byte below 0x20 (JSON escapes control characters), so those bytes
// are free to mark a code, and unpacking gives back exactly the text that was hashed:
//
//   0x01 + 16 bytes   a UUID string ("01a2…-…", lower-case, dashed, with its quotes): its 16 bytes
//   0x02 + 32 bytes   a SHA-256 in hex (64 lower-case hex digits, with its quotes): its 32 bytes
//   0x03 + 2 bytes    a date string ("2026-11-30", with its quotes): days since 2000-01-01, big-endian
//   0x04 … 0x1D       one of the 26 commonest terms of AUDIT_TERMS_1
//   0x1E n, 0x1F n    term 26 + n, term 282 + n
//
// A term is a key with its quotes and colon ("amountClaimedFen":) or an enumerated value with its quotes
// ("inspection"). The list was drawn once from the trail of a demo database and of a 100,000-intake seed (keys and
// code-like values only — no name, number or text a person typed; no unit's own codes) and ordered by the bytes it
// saves. It is part of format 5 and must never change: a row packed with it must unpack the same in ten years; a
// different list is a new format. tests/unit/audit-pack.test.ts pins it by its hash. A key or value not on it is
// stored as it is.

/** Format 5's terms, in code order. Never edit: a new list is a new format. */
export const AUDIT_TERMS_1: readonly string[] = Object.freeze([
  '"amountClaimedFen":', '"preferredLanguage":', '"isRepresentative":', '"inspection"', '"number":', '"kind":',
  '"personId":', '"contentHash":', '"proceedingId":', '"action":', '"occupation":', '"residentId"', '"workplace":',
  '"idNumber":', '"date":', '"template":', '"collective":', '"input":', '"from":', '"version":', '"caseFileId":',
  '"complaintAcceptanceNotice"', '"name":', '"idType":', '"phones":', '"departmentId":', '"arbitration"',
  '"employer"', '"complainants":', '"workersCount":', '"urgent":', '"proceedingKind":', '"route":', '"docx":',
  '"routingId":', '"receivedAt":', '"to":', '"status":', '"accepted"', '"intakeId":', '"organisation":',
  '"partyId":', '"bankReference":', '"closingApproval"', '"filingApproval"', '"role":', '"pdf":', '"instalmentId":',
  '"employment":', '"approvalId":', '"summary":', '"allocations":', '"receiptMark":', '"parties":', '"channel":',
  '"regYear":', '"filed"', '"complaint"', '"approvedBy":', '"approvedOn":', '"method":', '"amountFen":',
  '"orderToPay"', '"holdingId":', '"payerKind":', '"payerName":', '"paymentId":', '"received"', '"memberId":',
  '"fullTime"', '"closed"', '"regNo":', '"staffId":', '"transfer"', '"batchId":', '"note":', '"title":', '"reason":',
  '"phone":', '"routed"', '"paidOn":', '"intakeRecord"', '"answeredOnTheSpot":', '"amountsConfirmed":', '"worker"',
  '"content":', '"acceptanceNotice"', '"accept"', '"composed"', '"scans":', '"investigationClosed"', '"projectId":',
  '"satisfaction":', '"opinion":', '"issueOrder"', '"handler"', '"handlingDecision"', '"hearingNotice"', '"file"',
  '"callbackId":', '"walkIn"', '"feedbackDue":', '"workingDays":', '"hearingIds":', '"mediationAgreement"',
  '"jointProceedingIds":', '"answered"', '"generalContractor"', '"priorNotice"', '"jointMediation"',
  '"respondentAppeared":', '"arbitratorStaffIds":', '"reached":', '"close"', '"presidingStaffId":',
  '"applicantAppeared":', '"open"', '"phone"', '"referredElsewhere"', '"mustChangePassword":',
  '"closeInvestigation"', '"leaderStaffId":', '"notice":', '"noticed"', '"scheduleHearing"',
  '"generalContractorPartyId":', '"externalNo":', '"clerkStaffId":', '"satisfied"', '"mediation"',
  '"complaintRejectionNotice"', '"decided"', '"leader"', '"sittingId":', '"consultation"', '"answer":',
  '"startTime":', '"serveNotice"', '"award"', '"awarded"', '"organisation"', '"mediating"', '"notAccepted"',
  '"creditCode":', '"compose"', '"endTime":', '"roomId":', '"siteUnitId":', '"unitId":', '"at":', '"cluePlatform"',
  '"legalRepName":', '"receivedDate":', '"supplementRequested"', '"basicallySatisfied"', '"submitterId":',
  '"blacklisting"', '"pendingElsewhere":', '"enforcementApplied"', '"checkedCopy"', '"documentary"',
  '"idMissingReason":', '"purpose":', '"petitionTransfer"', '"decide"', '"roles":', '"submitter":', '"otherBody":',
  '"settled"', '"demandNotice"', '"incidentId":', '"assignedFromAbove"', '"hometown":', '"fileName":', '"reject"',
  '"violationEndDate":', '"policeReferral"', '"source":', '"address":', '"enforcementCertExpiry":', '"commitment":',
  '"letter"', '"effective"', '"subcontracts":', '"demanded"', '"enforcementCertNo":', '"laborTeam"', '"none"',
  '"replyDue":', '"reportId":', '"bytes":', '"pages":', '"referralLetter"', '"id":', '"form":', '"applyEnforcement"',
  '"requestSupplement"', '"appealPeriodEnds"', '"reportedAt":', '"reportedBy":', '"project":', '"referTo":',
  '"report"', '"addressee":', '"recipient":', '"mime":', '"proposed"', '"subcontractor"', '"agreed"',
  '"receptionist"', '"outcome":', '"seq":', '"settle"', '"participant"', '"arbitratorCertExpiry":',
  '"shortNoticeAgreement":', '"supplement"', '"recording":', '"attendees":', '"approved"', '"referred"',
  '"expectedRowVersion":', '"withdrawn"', '"listed"', '"inspector"', '"capacity":', '"place":', '"policeFiled"',
  '"arbitratorCertNo":', '"partTime"', '"dayOffConfirmed":', '"agree"', '"sms"', '"memberStaffIds":', '"notice"',
  '"demand"', '"active":', '"supervisionId":', '"firstStaffId":', '"construction":', '"items":', '"description":',
  '"peopleCount":', '"coordination"', '"headStaffId":', '"failed"', '"blockedGate"', '"madeUrgent":', '"withdrawal"',
  '"arbitrator"', '"individual"', '"learnedAt":', '"placeKind":', '"bureauGate"', '"startedAt":', '"policeDeclined"',
  '"staffIds":', '"reportBy":', '"interview"', '"removed"', '"withdraw"', '"approve"', '"mediator"', '"simplify"',
  '"housing":', '"leaders":', '"endedAt":', '"demands":', '"changed":', '"fail"', '"list"', '"auditor"', '"unknown"',
  '"ground":', '"consent"', '"police":', '"housing"', '"others":', '"sentAt":', '"issuer":', '"years":', '"staff":',
  '"start":', '"dueAt":', '"police"', '"level":', '"signed"', '"removeEarly"', '"admin"', '"clerk"', '"acts":',
  '"crowd"', '"task":', '"expire"', '"bar":', '"sole"', '"end":', '"cash"', '"notListed"', '"up":', '"decline"',
  '"registered"', '"maskedQuery":', '"rehashed":', '"kinds":', '"number"', '"scope":', '"prefix"', '"intakes":',
]);

const SINGLE = 26;
const FIRST_SINGLE = 0x04;
const UUID = /^"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"$/;
const HEX64 = /^"[0-9a-f]{64}"$/;
const DATE = /^"(\d{4})-(\d{2})-(\d{2})"$/;
const STRING = /"(?:[^"\\]|\\.)*"/g;
const DAY_MS = 86_400_000;
const EPOCH_DAY = Date.UTC(2000, 0, 1) / DAY_MS;

const codeOf = new Map(AUDIT_TERMS_1.map((t, i) => [t, i]));

/** The days since 2000-01-01 of a date string that formats back to itself and fits two bytes; else null. */
function dayNumber(quoted: string): number | null {
  const m = DATE.exec(quoted);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const day = ms / DAY_MS - EPOCH_DAY;
  if (!Number.isInteger(day) || day < 0 || day > 0xffff || dateText(day) !== quoted) return null;
  return day;
}

function dateText(day: number): string {
  return `"${new Date((day + EPOCH_DAY) * DAY_MS).toISOString().slice(0, 10)}"`;
}

/**
 * How the writer stores a row's change: packed, except a proceeding's rows. Those are read by SQL in bulk — the
 * month's statistics, the employer view and a step's inputs take json_extract of thousands of them — and through the
 * unpacking function each costs ≈ 5 µs against ≈ 0.4 µs as text (100,000 intakes: the step inputs 13 → 32 ms). Kept
 * as text they cost ≈ 310 B an intake more. Format 5 verifies either form by the same hash.
 */
export function storedChange(entity: string, text: string): string | Buffer {
  return entity === 'proceeding' ? text : packChange(text);
}

/** The stored form of a change's canonical JSON text: never longer than the text's UTF-8. */
export function packChange(text: string): Buffer {
  const out = Buffer.allocUnsafe(Buffer.byteLength(text));
  let pos = 0;
  let from = 0;
  const byte = (b: number) => {
    out[pos++] = b;
  };
  const term = (i: number) => {
    if (i < SINGLE) byte(FIRST_SINGLE + i);
    else {
      byte(i < SINGLE + 256 ? 0x1e : 0x1f);
      byte((i - SINGLE) & 0xff);
    }
  };
  for (const m of text.matchAll(STRING)) {
    const s = m[0];
    const at = m.index;
    const end = at + s.length;
    const keyCode = text.charCodeAt(end) === 58 ? codeOf.get(`${s}:`) : undefined;
    const valueCode = keyCode === undefined ? codeOf.get(s) : undefined;
    const uuid = keyCode === undefined && valueCode === undefined && s.length === 38 && UUID.test(s);
    const hex = !uuid && keyCode === undefined && valueCode === undefined && s.length === 66 && HEX64.test(s);
    const day = keyCode === undefined && valueCode === undefined && s.length === 12 ? dayNumber(s) : null;
    if (keyCode === undefined && valueCode === undefined && !uuid && !hex && day === null) continue;
    pos += out.write(text.slice(from, at), pos, 'utf8');
    from = end;
    if (keyCode !== undefined) {
      term(keyCode);
      from = end + 1; // the colon is the term's
    } else if (valueCode !== undefined) term(valueCode);
    else if (uuid) {
      byte(0x01);
      pos += out.write(s.slice(1, -1).replace(/-/g, ''), pos, 'hex');
    } else if (hex) {
      byte(0x02);
      pos += out.write(s.slice(1, -1), pos, 'hex');
    } else {
      byte(0x03);
      byte(day! >> 8);
      byte(day! & 0xff);
    }
  }
  pos += out.write(text.slice(from), pos, 'utf8');
  return out.subarray(0, pos);
}

/** The terms' UTF-8, by code, for unpacking. */
const termBytes = AUDIT_TERMS_1.map((t) => Buffer.from(t, 'utf8'));
const HEX = '0123456789abcdef';
let scratch = Buffer.allocUnsafe(1 << 16);

/** The change's canonical JSON text from its stored form; null when the bytes are not a packed change (tampered). */
export function unpackChange(stored: Uint8Array): string | null {
  const b = Buffer.isBuffer(stored) ? stored : Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  // No code writes more than 38 bytes (a UUID with its quotes; the longest term is shorter): the text fits in 38×. One
  // buffer is kept for the usual rows; a rare large one gets its own.
  const need = b.length * 38;
  if (scratch.length < need && need <= 1 << 20) scratch = Buffer.allocUnsafe(need);
  const out = scratch.length >= need ? scratch : Buffer.allocUnsafe(need);
  let pos = 0;
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c >= 0x20) {
      out[pos++] = c;
      i++;
      continue;
    }
    if (c === 0x01 || c === 0x02) {
      const n = c === 0x01 ? 16 : 32;
      if (i + 1 + n > b.length) return null;
      out[pos++] = 0x22;
      for (let k = 0; k < n; k++) {
        if (c === 0x01 && (k === 4 || k === 6 || k === 8 || k === 10)) out[pos++] = 0x2d;
        const v = b[i + 1 + k];
        out[pos++] = HEX.charCodeAt(v >> 4);
        out[pos++] = HEX.charCodeAt(v & 15);
      }
      out[pos++] = 0x22;
      i += 1 + n;
    } else if (c === 0x03) {
      if (i + 3 > b.length) return null;
      pos += out.write(dateText((b[i + 1] << 8) | b[i + 2]), pos, 'latin1');
      i += 3;
    } else {
      let t: Buffer | undefined;
      if (c >= FIRST_SINGLE && c < FIRST_SINGLE + SINGLE) {
        t = termBytes[c - FIRST_SINGLE];
        i += 1;
      } else if (c === 0x1e || c === 0x1f) {
        if (i + 2 > b.length) return null;
        t = termBytes[(c === 0x1e ? SINGLE : SINGLE + 256) + b[i + 1]];
        i += 2;
      }
      if (t === undefined) return null;
      pos += t.copy(out, pos);
    }
  }
  // Bytes that are not UTF-8 come back as U+FFFD: the text then differs from what was hashed, which the verifier sees.
  return out.toString('utf8', 0, pos);
}
