// Who may do what. Every contract channel names one permission; the core checks it against the signed-in person's
// roles (from the database, never from the request) and the UI hides what a person may not do — hiding is not the
// control. Separation of duties: the administrator manages accounts and settings but cannot read the audit trail or
// see unmasked personal data; the auditor reads and verifies the trail and changes nothing.
import type { StaffRole } from './vocabulary';

export const PERMISSION = {
  /** Any signed-in person: their own session, drafts, password; reference lists every screen needs. */
  signedIn: '已登录',
  'intake.create': '接待登记',
  'intake.read': '查看接待登记',
  'case.read': '查看案卷',
  /** A 群体性事件 on a file: its team, or anyone at work on an urgent file (the desk sees the crowd at the gate first). */
  'incident.open': '登记群体性事件',
  /** Taking a proceeding's steps; on a file only by its team, its 包案领导 or the department's head. */
  'proceeding.act': '办理案件程序步骤',
  /** A leader's approval (立案, extensions, 中止, blacklist proposals, police referrals, closing) and 督办. */
  'proceeding.approve': '审批和督办',
  'team.manage': '调整办案组',
  'party.write': '登记被投诉方',
  /** 首问负责: whoever answers a complainant logs the call-back (回访/答复). */
  'followup.log': '登记回访和答复',
  'deadline.compute': '期限计算',
  'document.read': '查看文书',
  'document.issue': '制作文书',
  'document.void': '作废文书',
  'personal.unmask': '查看完整证件号码和电话（须说明理由）',
  'reporter.read': '查看举报人身份',
  'idImage.add': '上传和撤回身份证件照片',
  'idImage.view': '查看身份证件照片（须说明理由）',
  'staff.manage': '管理工作人员和账户',
  'settings.manage': '修改参数、单位、节假日和文书模板',
  'maintenance.run': '运行维护任务',
  'retention.anonymise': '查看保管期限届满的案卷并将其个人信息匿名化',
  /** Who is connected from where (在线连接), and ending another person's session: the administrator's (issue #16). */
  'session.manage': '查看在线连接和结束连接',
  'audit.read': '查看和核验审计记录',
  /** The bureau's figures and the files behind each: everyone at casework, the leaders who answer for them. */
  'statistics.read': '查看统计报表',
  /** Submitting a report up the line, and its 更正: the leader who answers for the figures. */
  'statistics.submit': '报送统计报表和更正',
} as const;

/** Roles that are held alone: an account that administers the system or audits it does no casework (三员分立). */
export const EXCLUSIVE_ROLES: readonly StaffRole[] = ['admin', 'auditor'];

/** Why a set of roles may not be held together, or null. */
export function roleSetProblem(roles: readonly StaffRole[]): string | null {
  const set = new Set(roles);
  for (const r of EXCLUSIVE_ROLES) {
    if (set.has(r) && set.size > 1) {
      return `${r === 'admin' ? '管理员' : '审计员'}角色须单独设立账户，不能与其他角色同时担任（系统管理、审计与业务办理分离）`;
    }
  }
  return null;
}
export type Permission = keyof typeof PERMISSION;

const CASEWORK: Permission[] = ['signedIn', 'intake.read', 'case.read', 'incident.open', 'deadline.compute', 'personal.unmask', 'document.read', 'document.issue', 'followup.log', 'statistics.read'];
/**
 * Images of identity documents are sensitive personal information (GB/T 45574-2025) with their own permission: those
 * who check identity in person — the desk, inspectors, mediators, arbitrators and clerks — take and look at them.
 * The leader reads the full ID number when needed (personal.unmask) but has no use for the picture (PIPL Art. 6,
 * the least necessary); the administrator and the auditor never see either.
 */
const ID_IMAGES: Permission[] = ['idImage.add', 'idImage.view'];

export const ROLE_PERMISSIONS: Record<StaffRole, readonly Permission[]> = {
  // The desk registers what arrives, creates the parties complained about and knows who reported.
  receptionist: [...CASEWORK, ...ID_IMAGES, 'intake.create', 'party.write', 'reporter.read'],
  // Inspectors investigate: they may add intakes (a complaint taken in the field) and parties; a reporter may need a call.
  inspector: [...CASEWORK, ...ID_IMAGES, 'intake.create', 'party.write', 'reporter.read', 'document.void', 'proceeding.act'],
  mediator: [...CASEWORK, ...ID_IMAGES, 'party.write', 'proceeding.act'],
  arbitrator: [...CASEWORK, ...ID_IMAGES, 'party.write', 'document.void', 'proceeding.act'],
  clerk: [...CASEWORK, ...ID_IMAGES, 'party.write', 'proceeding.act'],
  // The leader answers for every case: sees everything a case worker sees, and who reported.
  // A leader approves, supervises and sets the team; on the files they lead they may take steps themselves.
  leader: [...CASEWORK, 'reporter.read', 'document.void', 'proceeding.act', 'proceeding.approve', 'team.manage', 'statistics.submit'],
  // Accounts, settings and maintenance — no casework, no personal data, no audit trail (三员分立).
  // Anonymising files past their retention period is a records-management act on file numbers and dates, not casework:
  // the list it works from shows no personal data (办案规则 Art. 24; PIPL Art. 47 — delete or anonymise when kept long enough).
  admin: ['signedIn', 'deadline.compute', 'staff.manage', 'settings.manage', 'maintenance.run', 'retention.anonymise', 'session.manage'],
  // Reads and verifies the trail, and the lists (masked) the trail refers to; changes nothing.
  auditor: ['signedIn', 'intake.read', 'case.read', 'audit.read'],
};

export function permissionsOf(roles: readonly StaffRole[]): Set<Permission> {
  const out = new Set<Permission>();
  for (const r of roles) for (const p of ROLE_PERMISSIONS[r] ?? []) out.add(p);
  return out;
}

export function can(roles: readonly StaffRole[], permission: Permission): boolean {
  return permissionsOf(roles).has(permission);
}

/** What to tell a person who may not do something. */
export function refusalMessage(permission: Permission): string {
  return `您的角色没有“${PERMISSION[permission]}”的权限。如需办理，请联系管理员调整角色。`;
}

// ---------------------------------------------------------------------------------------------------
// Masking (PIPL; GB/T 35273 §7.2): ID numbers and phones are shown masked unless someone with the permission asks,
// with a reason, and that view is audited.

/**
 * '540202198503120019' → '540202********0019' (an 18- or 15-digit resident ID keeps its region and last four, as on
 * service receipts); other IDs (passports, 港澳通行证: 8–14 characters) keep one character in front and two behind;
 * anything shorter is hidden whole. At least half is always hidden.
 */
export function maskIdNumber(s: string | null): string | null {
  if (s === null) return null;
  const keep = (front: number, back: number) => `${s.slice(0, front)}${'*'.repeat(s.length - front - back)}${s.slice(s.length - back)}`;
  if (s.length >= 15) return keep(6, 4);
  if (s.length >= 8) return keep(1, 2);
  return '*'.repeat(s.length);
}

/** '13908921234' → '139****1234'; '0892-8823456' → '0892-***3456'. */
export function maskPhone(s: string): string {
  const digits = s.replace(/\D/g, '');
  if (digits.length <= 4) return '*'.repeat(s.length);
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  const dash = s.indexOf('-');
  const head = dash > 0 ? s.slice(0, dash + 1) : '';
  const rest = dash > 0 ? s.slice(dash + 1) : s;
  return `${head}${'*'.repeat(Math.max(0, rest.length - 4))}${rest.slice(-4)}`;
}

/**
 * Resident IDs (18 digits, the last may be X; the old 15-digit form) and mainland mobiles (1[3-9] and 11 digits) in
 * free text, masked as the fields holding them are: a clerk may type a number into a summary or a note. A number is
 * taken only where it stands alone — not inside a longer run of digits or Latin letters, so amounts, instants,
 * hashes and ids stay readable.
 */
const NUMBERS_IN_TEXT = /(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15}|1[3-9]\d{9})(?![0-9A-Za-z])/g;

export function maskNumbersInText(text: string): string {
  return text.replace(NUMBERS_IN_TEXT, (n) => (n.length === 11 ? maskPhone(n) : maskIdNumber(n)!));
}
