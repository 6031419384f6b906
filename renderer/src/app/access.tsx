// Which pages a person sees, from the permissions the core reports for their roles. Hiding is a courtesy, not the
// control: the core refuses every call the person may not make.
import type { ReactNode } from 'react';
import type { Permission } from '../../../shared/domain/permissions';
import { EmptyState } from '../components/States';
import { usePermissions } from './session';

type Perms = ReadonlySet<Permission>;

const any = (...needed: Permission[]) => (p: Perms) => needed.some((n) => p.has(n));

/** The settings page opens for whoever may change any part of it; each tab checks its own permission. */
export const SETTINGS_PERMISSIONS: Permission[] = ['staff.manage', 'settings.manage', 'maintenance.run'];

export const PAGES = {
  /** 工作台: a leader's approvals and a handler's clocks (领导工作台 / 我的待办), for those who take a proceeding's steps. */
  desk: { to: '/desk', label: '工作台', allowed: any('proceeding.act') },
  /** 收件箱: files routed to the person's department awaiting its 签收 (归口办理); leaders look into every department's. */
  inbox: { to: '/inbox', label: '收件箱', allowed: any('proceeding.act') },
  intakeNew: { to: '/intake/new', label: '接待登记', allowed: any('intake.create') },
  intakes: { to: '/intakes', label: '登记台账', allowed: any('intake.read') },
  cases: { to: '/cases', label: '案卷', allowed: any('case.read') },
  /** 用人单位: an employer, 包工头 or project with every file it stands in (重复欠薪), for whoever reads case files. */
  employers: { to: '/employers', label: '用人单位', allowed: any('case.read') },
  dueDates: { to: '/due-dates', label: '办案期限', allowed: any('proceeding.act') },
  /** 开庭排期: the institute's rooms by week; whoever reads files may look (a leader sees the week at a glance). */
  hearings: { to: '/hearings', label: '开庭排期', allowed: any('proceeding.act') },
  /** 待移送: matters for another unit, for the leader who answers for them. */
  transfers: { to: '/transfers', label: '待移送', allowed: any('proceeding.approve') },
  /** 统计报表: the bureau's tables counted from its files, each figure down to its files; leaders 报送 and 更正. */
  statistics: { to: '/statistics', label: '统计报表', allowed: any('statistics.read') },
  deadlines: { to: '/deadlines', label: '期限计算', allowed: any('deadline.compute') },
  audit: { to: '/audit', label: '审计', allowed: any('audit.read') },
  settings: { to: '/settings', label: '设置', allowed: any(...SETTINGS_PERMISSIONS) },
  /** 在线连接: who is connected from where, and ending a session — the administrator's (issue #16). */
  connections: { to: '/connections', label: '在线连接', allowed: any('session.manage') },
} as const;
export type PageId = keyof typeof PAGES;

/** The menu, in the order of the day's work. */
export const NAV_ORDER: PageId[] = ['desk', 'inbox', 'intakeNew', 'intakes', 'cases', 'employers', 'dueDates', 'hearings', 'transfers', 'statistics', 'deadlines', 'audit', 'settings', 'connections'];

/**
 * Where a person starts: the work desk for those who handle cases (leaders, inspectors, arbitrators, clerks), the
 * registration form for the reception desk, the trail for the auditor, settings for the administrator.
 */
const HOME_ORDER: PageId[] = ['desk', 'intakeNew', 'audit', 'settings', 'cases', 'intakes', 'deadlines'];

export function homePath(p: Perms): string | null {
  const id = HOME_ORDER.find((h) => PAGES[h].allowed(p));
  return id ? PAGES[id].to : null;
}

/** A page reached by address (a bookmark, the back button) that the person's roles do not open. */
export function RequirePage({ page, children }: { page: PageId; children: ReactNode }) {
  const permissions = usePermissions();
  if (!PAGES[page].allowed(permissions)) {
    return <EmptyState title={`您的角色不能使用“${PAGES[page].label}”`} hint="请从左侧菜单选择；如工作需要，请联系管理员调整角色" />;
  }
  return <>{children}</>;
}
