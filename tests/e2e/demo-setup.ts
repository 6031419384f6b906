// The first run with the demo data, as the administrator completes it (fixtures.ts and global-setup.ts).
import { ADMIN } from '../helpers/accounts';

export const DEMO_SETUP = { unitId: 'unit-540200', staff: { name: ADMIN.name, departmentId: null, employment: 'fullTime' as const }, password: ADMIN.password, demo: true };
