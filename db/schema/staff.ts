import { sqliteTable, text, integer, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { EMPLOYMENT, STAFF_ROLE } from '../../shared/domain/vocabulary';
import { createdAt, globalId, rowVersion, updatedAt } from './columns';
import { departments } from './departments';
import { units } from './units';

/** People who work cases. Never deleted: deactivated, so their records stay attributable. */
export const staff = sqliteTable(
  'staff',
  {
    id: globalId(),
    unitId: text('unit_id').notNull().references(() => units.id),
    departmentId: text('department_id').references(() => departments.id),
    name: text('name').notNull(),
    nameInitials: text('name_initials').notNull().default(''),
    employment: text('employment', { enum: EMPLOYMENT.values }).notNull().default('fullTime'),
    phone: text('phone'),
    /** 执法证号 and expiry (监察条例 Art. 16: inspectors show their credentials). */
    enforcementCertNo: text('enforcement_cert_no'),
    enforcementCertExpiry: text('enforcement_cert_expiry'),
    /** 仲裁员证号 and expiry. */
    arbitratorCertNo: text('arbitrator_cert_no'),
    arbitratorCertExpiry: text('arbitrator_cert_expiry'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    rowVersion: rowVersion(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('staff_unit_idx').on(t.unitId, t.active)],
);

export const staffRoles = sqliteTable(
  'staff_roles',
  {
    staffId: text('staff_id').notNull().references(() => staff.id),
    role: text('role', { enum: STAFF_ROLE.values }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.staffId, t.role] }), index('staff_roles_role_idx').on(t.role)],
);
