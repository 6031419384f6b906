// Units, departments, staff and parameters: the installation's reference data.
import { z } from 'zod';
import { PARAMETER_KEYS } from '../domain/parameters';
import { checkPhone } from '../domain/identity';
import { checkPasswordStrength, PASSWORD_MAX } from '../domain/password';
import { roleSetProblem } from '../domain/permissions';
import { CAPABILITY, CONFIDENCE, EMPLOYMENT, STAFF_ROLE, UNIT_LEVEL } from '../domain/vocabulary';
import { dateKey, empty, entityId, instant, nameText, nullable, optionalText, text } from './primitives';
import { m, q, type ChannelTable } from './channel-def';

export const unitSummary = z.object({
  id: entityId,
  regionCode: z.string(),
  name: z.string(),
  shortName: z.string(),
  level: z.enum(UNIT_LEVEL.values),
  parentId: entityId.nullable(),
});
export type UnitSummary = z.infer<typeof unitSummary>;

export const department = z.object({
  id: entityId,
  unitId: entityId,
  name: z.string(),
  capability: z.enum(CAPABILITY.values),
  active: z.boolean(),
  /** Its 负责人: takes files in and sets their teams for every file the department handles. */
  head: z.object({ id: entityId, name: z.string() }).nullable(),
  rowVersion: z.number().int(),
});
export type Department = z.infer<typeof department>;

export const unit = unitSummary.extend({ active: z.boolean(), departments: z.array(department), rowVersion: z.number().int() });
export type Unit = z.infer<typeof unit>;

/** Reference units are editable: a renamed bureau, a department a county does not have. Never deleted. */
export const unitUpdateInput = z.object({
  id: entityId,
  rowVersion: z.number().int(),
  name: nameText('单位名称', 60),
  shortName: nameText('简称', 20),
  active: z.boolean(),
});

export const departmentSaveInput = z.object({
  id: nullable(entityId),
  rowVersion: nullable(z.number().int()),
  unitId: entityId,
  name: nameText('科室名称', 60),
  capability: z.enum(CAPABILITY.values, { error: '请选择职能' }),
  active: z.boolean(),
  /** Its 负责人, an active member of staff of the unit; left out, an existing department keeps its head. */
  headStaffId: nullable(entityId).optional(),
});

export const staffSummary = z.object({
  id: entityId,
  name: z.string(),
  unitId: entityId,
  departmentId: entityId.nullable(),
  departmentName: z.string().nullable(),
  roles: z.array(z.enum(STAFF_ROLE.values)),
  employment: z.enum(EMPLOYMENT.values),
  active: z.boolean(),
});
export type StaffSummary = z.infer<typeof staffSummary>;

/** The sign-in side of a staff member, as the administrator sees it (never the hash). */
export const accountStatus = z.object({
  mustChangePassword: z.boolean(),
  /** Locked after repeated failures until this instant (null when not locked). */
  lockedUntil: instant.nullable(),
  failedAttempts: z.number().int(),
  lastLoginAt: instant.nullable(),
  passwordChangedAt: instant,
});
export type AccountStatus = z.infer<typeof accountStatus>;

export const staffMember = staffSummary.extend({
  account: accountStatus.nullable(),
  phone: z.string().nullable(),
  enforcementCertNo: z.string().nullable(),
  enforcementCertExpiry: z.string().nullable(),
  arbitratorCertNo: z.string().nullable(),
  arbitratorCertExpiry: z.string().nullable(),
  rowVersion: z.number().int(),
});
export type StaffMember = z.infer<typeof staffMember>;

const phoneField = optionalText('电话', 40).superRefine((v, ctx) => {
  if (v === null) return;
  const r = checkPhone(v);
  if (!r.ok) ctx.addIssue({ code: 'custom', message: r.reason });
});

/** What a person's record holds, as entered on the first run and the staff screen. */
export const staffFields = z.object({
  name: nameText('姓名', 40),
  departmentId: nullable(entityId),
  roles: z
    .array(z.enum(STAFF_ROLE.values))
    .min(1, '请至少选择一个角色')
    .max(8)
    .superRefine((roles, ctx) => {
      const problem = roleSetProblem(roles);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  employment: z.enum(EMPLOYMENT.values, { error: '请选择专职或兼职' }),
  phone: phoneField,
  enforcementCertNo: optionalText('执法证号', 40),
  enforcementCertExpiry: nullable(dateKey('执法证有效期')),
  arbitratorCertNo: optionalText('仲裁员证号', 40),
  arbitratorCertExpiry: nullable(dateKey('仲裁员证有效期')),
});
export type StaffFields = z.input<typeof staffFields>;

/** A new password as typed: checked for strength here; the core also checks it does not contain the person's name. */
export const newPassword = (label = '密码') =>
  z
    .string({ error: `请填写${label}` })
    .max(PASSWORD_MAX, `${label}不能超过${PASSWORD_MAX}位`)
    .superRefine((v, ctx) => {
      const r = checkPasswordStrength(v);
      if (!r.ok) ctx.addIssue({ code: 'custom', message: r.reason });
    });

/** A password typed to sign in or confirm: never trimmed, never checked for strength (old ones may be weaker). */
export const typedPassword = z.string({ error: '请输入密码' }).min(1, '请输入密码').max(PASSWORD_MAX, '密码过长');

/** A new member of staff and the temporary password the administrator hands them (changed at first sign-in). */
export const staffCreateInput = staffFields.extend({ initialPassword: newPassword('初始密码') });
export const staffUpdateInput = staffFields.extend({ id: entityId, rowVersion: z.number().int(), active: z.boolean() });
export const staffResetPasswordInput = z.object({ id: entityId, temporaryPassword: newPassword('临时密码') });

export const parameterScalar = z.union([z.number(), z.boolean(), z.string().max(40)]);

export const parameterRow = z.object({
  id: entityId,
  key: z.string(),
  label: z.string(),
  unit: z.string(),
  help: z.string(),
  region: z.string(),
  value: parameterScalar,
  /** The value as it reads on screen ('10人', '工作日'). */
  display: z.string(),
  effectiveFrom: z.string(),
  source: z.string(),
  confidence: z.enum(CONFIDENCE.values),
  note: z.string().nullable(),
  /** Whether this is the value in force today for this installation's unit. */
  inForce: z.boolean(),
  createdAt: instant,
});
export type ParameterRow = z.infer<typeof parameterRow>;

export const parameterSetInput = z.object({
  key: z.enum(PARAMETER_KEYS, { error: '未知的参数' }),
  region: z.string().regex(/^(\*|\d{6})$/, '地区应为“*”（全国）或6位行政区划代码'),
  value: parameterScalar,
  effectiveFrom: dateKey('生效日期'),
  source: text('依据或来源', 500),
  confidence: z.enum(CONFIDENCE.values, { error: '请选择可信程度' }),
  note: optionalText('备注', 500),
});
export type ParameterSetInput = z.input<typeof parameterSetInput>;

/** The installation's reference data: units and departments, staff, parameters. */
export const referenceChannels = {
  'units.list': q(empty, z.array(unit), 'public'),
  'units.update': m(unitUpdateInput, unit, 'settings.manage'),
  'departments.save': m(departmentSaveInput, department, 'settings.manage'),

  'staff.list': q(z.object({ includeInactive: z.boolean().optional().transform((v) => v ?? false) }), z.array(staffMember), 'signedIn'),
  'staff.create': m(staffCreateInput, staffMember, 'staff.manage'),
  'staff.update': m(staffUpdateInput, staffMember, 'staff.manage'),
  'staff.resetPassword': m(staffResetPasswordInput, staffMember, 'staff.manage'),

  'parameters.list': q(empty, z.array(parameterRow), 'signedIn'),
  'parameters.set': m(parameterSetInput, parameterRow, 'settings.manage'),
} as const satisfies ChannelTable;
