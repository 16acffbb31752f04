import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BranchesOutlined,
  CommentOutlined,
  CrownOutlined,
  DatabaseOutlined,
  DesktopOutlined,
  ExperimentOutlined,
  FileDoneOutlined,
  FileProtectOutlined,
  FormOutlined,
  HighlightOutlined,
  HomeOutlined,
  IdcardOutlined,
  KeyOutlined,
  MailOutlined,
  NotificationOutlined,
  ProfileOutlined,
  ReadOutlined,
  RetweetOutlined,
  SafetyCertificateOutlined,
  SafetyOutlined,
  ScheduleOutlined,
  ShopOutlined,
  SolutionOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import type { Me } from '@crossskill/contracts';
import type { ComponentType } from 'react';
import { matchPath } from 'react-router-dom';
import type { Bilingual } from './i18n';
import { type Access, canAccess } from './lib/access';

export interface MenuItemConfig {
  /** Stable key; the side menu item gets data-testid="menu-<key>". */
  key: string;
  /** Route path of the page the item opens. */
  path: string;
  label: Bilingual;
  icon: ComponentType;
  /** Who sees the item — and who may open its routes (see <RequireAccess>). */
  access: Access;
  /** Further route patterns that belong to this item (highlighted, guarded with the same access). */
  match?: readonly string[];
  /** Shown on the home page as a shortcut. */
  shortcut?: boolean;
  /** The page also opens without login (its route sits outside <RequireAuth>); the menu then shows it to guests. */
  public?: boolean;
}

/**
 * THE menu: the side menu, the home page shortcuts and the route guards all read it.
 * A later module adds its pages here (and the routes in router.tsx) — a user only ever sees items their roles can use.
 */
export const MENU = [
  {
    key: 'home',
    path: '/',
    label: { zh: '工作台', en: 'Workbench' },
    icon: HomeOutlined,
    access: 'authenticated',
  },
  {
    key: 'orgs',
    path: '/orgs',
    label: { zh: '组织管理', en: 'Organisations' },
    icon: ApartmentOutlined,
    access: ['platform_admin', 'institution_admin', 'enterprise_hr'],
    shortcut: true,
  },
  {
    key: 'members',
    path: '/members',
    label: { zh: '成员管理', en: 'Members' },
    icon: TeamOutlined,
    access: ['platform_admin', 'institution_admin', 'enterprise_hr'],
    match: ['/orgs/:orgId/members'],
    shortcut: true,
  },
  {
    key: 'standards',
    path: '/standards',
    label: { zh: '标准浏览', en: 'Standards' },
    icon: ReadOutlined,
    access: 'authenticated',
    shortcut: true,
    public: true,
  },
  {
    key: 'eligibility',
    path: '/standards/eligibility',
    label: { zh: '申报条件自测', en: 'Eligibility check' },
    icon: SolutionOutlined,
    access: 'authenticated',
    shortcut: true,
  },
  {
    key: 'evaluations',
    path: '/standards/evaluation-forms',
    label: { zh: '企业员工能力评价表', en: 'Employee evaluation forms' },
    icon: FormOutlined,
    access: ['enterprise_hr', 'platform_admin', 'institution_admin'],
    shortcut: true,
  },
  {
    key: 'standardVersions',
    path: '/standards/versions',
    label: { zh: '标准版本管理', en: 'Standard versions' },
    icon: BranchesOutlined,
    access: ['platform_admin'],
    match: ['/standards/versions/:versionId'],
    shortcut: true,
  },
  {
    key: 'questionBanks',
    path: '/question-banks',
    label: { zh: '题库管理', en: 'Question banks' },
    icon: DatabaseOutlined,
    // examiners read their organisations' banks (read-only); editing is checked per bank by the server
    access: ['platform_admin', 'institution_admin', 'lecturer', 'examiner'],
    match: ['/question-banks/:bankId'],
    shortcut: true,
  },
  {
    key: 'myExams',
    path: '/my-exams',
    label: { zh: '我的考试', en: 'My exams' },
    icon: FileDoneOutlined,
    access: 'authenticated',
    match: ['/my-exams/:registrationId'],
    shortcut: true,
  },
  {
    key: 'simPractice',
    path: '/sim/practice',
    label: { zh: '仿真实训', en: 'Simulation practice' },
    icon: ShopOutlined,
    access: ['trainee', 'lecturer', 'institution_admin', 'platform_admin'],
    match: ['/sim/runs/:runId'],
    shortcut: true,
  },
  {
    key: 'simTasks',
    path: '/sim/tasks',
    label: { zh: '实训任务库', en: 'Simulation tasks' },
    icon: ExperimentOutlined,
    access: ['lecturer', 'institution_admin', 'platform_admin'],
    match: ['/sim/tasks/:taskId'],
    shortcut: true,
  },
  {
    key: 'simRules',
    path: '/sim/rules',
    label: { zh: '平台规则与来源', en: 'Marketplace rules' },
    icon: SafetyCertificateOutlined,
    access: 'authenticated',
  },
  {
    key: 'skillExam',
    path: '/skill-exams',
    label: { zh: '技能考核', en: 'Skill exams' },
    icon: ProfileOutlined,
    // candidates take it; examiners score it; plan staff follow it
    access: 'authenticated',
    match: ['/skill-exams/attempts/:attemptId', '/skill-exams/review/:attemptId', '/exam-plans/:planId/skill'],
    shortcut: true,
  },
  {
    key: 'examPlans',
    path: '/exam-plans',
    label: { zh: '鉴定计划', en: 'Exam plans' },
    icon: ScheduleOutlined,
    access: ['platform_admin', 'institution_admin', 'lecturer'],
    match: ['/exam-plans/:planId'],
    shortcut: true,
  },
  {
    key: 'proctoring',
    path: '/proctoring',
    label: { zh: '监考台', en: 'Proctor console' },
    icon: DesktopOutlined,
    access: ['platform_admin', 'institution_admin', 'proctor'],
    match: ['/proctoring/rooms/:roomId'],
    shortcut: true,
  },
  {
    key: 'marking',
    path: '/marking',
    label: { zh: '阅卷', en: 'Marking' },
    icon: HighlightOutlined,
    // examiners mark; institution admins and lecturers follow the workload per marker
    access: ['platform_admin', 'institution_admin', 'lecturer', 'examiner'],
    shortcut: true,
  },
  {
    key: 'examResults',
    path: '/exam-results',
    label: { zh: '成绩统计', en: 'Exam results' },
    icon: BarChartOutlined,
    access: ['platform_admin', 'institution_admin', 'lecturer'],
    match: ['/exam-results/:planId'],
    shortcut: true,
  },
  {
    key: 'review',
    path: '/review',
    label: { zh: '综合评审', en: 'Comprehensive review' },
    icon: CommentOutlined,
    // plan staff set it up; committee members score; level-2/1 candidates upload materials
    access: 'authenticated',
    match: ['/review/:planId'],
    shortcut: true,
  },
  {
    key: 'finalResults',
    path: '/final-results',
    label: { zh: '成绩发布', en: 'Final results' },
    icon: NotificationOutlined,
    access: ['platform_admin', 'institution_admin', 'lecturer'],
    match: ['/final-results/:planId', '/final-results/:planId/report/:registrationId'],
    shortcut: true,
  },
  {
    key: 'appeals',
    path: '/appeals',
    label: { zh: '成绩复核', en: 'Appeals' },
    icon: RetweetOutlined,
    // re-markers: whoever the institution assigns (never the original marker)
    access: ['platform_admin', 'institution_admin', 'lecturer', 'examiner', 'review_member'],
    shortcut: true,
  },
  {
    key: 'myResults',
    path: '/my-results',
    label: { zh: '我的成绩', en: 'My results' },
    icon: TrophyOutlined,
    access: 'authenticated',
    match: ['/my-results/:registrationId/report'],
    shortcut: true,
  },
  {
    key: 'certificates',
    path: '/certificates',
    label: { zh: '证书管理', en: 'Certificates' },
    icon: SafetyOutlined,
    access: ['platform_admin', 'institution_admin'],
    shortcut: true,
  },
  {
    key: 'certificateSettings',
    path: '/certificates/settings',
    label: { zh: '证书编号与签名密钥', en: 'Numbering & signing keys' },
    icon: KeyOutlined,
    access: ['platform_admin'],
  },
  {
    key: 'myCertificates',
    path: '/my-certificates',
    label: { zh: '我的证书', en: 'My certificates' },
    icon: CrownOutlined,
    access: 'authenticated',
    shortcut: true,
  },
  {
    key: 'verify',
    path: '/verify',
    label: { zh: '证书查验', en: 'Verify a certificate' },
    icon: FileProtectOutlined,
    access: 'authenticated',
    match: ['/verify/:number'],
    shortcut: true,
    public: true,
  },
  {
    key: 'users',
    path: '/admin/users',
    label: { zh: '用户管理', en: 'Users' },
    icon: UserSwitchOutlined,
    access: ['platform_admin'],
    shortcut: true,
  },
  {
    key: 'audit',
    path: '/admin/audit',
    label: { zh: '审计日志', en: 'Audit log' },
    icon: AuditOutlined,
    access: ['platform_admin'],
    shortcut: true,
  },
  {
    key: 'outbox',
    path: '/admin/outbox',
    label: { zh: '通知发件箱', en: 'Notification outbox' },
    icon: MailOutlined,
    access: ['platform_admin'],
    shortcut: true,
  },
  {
    key: 'profile',
    path: '/profile',
    label: { zh: '个人资料', en: 'My profile' },
    icon: IdcardOutlined,
    access: 'authenticated',
    shortcut: true,
  },
] as const satisfies readonly MenuItemConfig[];

export type MenuKey = (typeof MENU)[number]['key'];

export function menuItem(key: MenuKey): MenuItemConfig {
  const item = MENU.find((m) => m.key === key);
  if (!item) throw new Error(`unknown menu item ${key}`);
  return item;
}

/** The items this user may use, in menu order. */
export function visibleMenu(me: Me): MenuItemConfig[] {
  return MENU.filter((m: MenuItemConfig) => canAccess(me, m.access));
}

/** The items a visitor who is not logged in may use. */
export function publicMenu(): MenuItemConfig[] {
  return (MENU as readonly MenuItemConfig[]).filter((m) => m.public === true);
}

/** The menu item a location belongs to (for highlighting). */
export function activeMenuKey(pathname: string): string | undefined {
  let best: { key: string; len: number } | undefined;
  for (const m of MENU as readonly MenuItemConfig[]) {
    const patterns = [m.path, ...(m.match ?? [])];
    for (const p of patterns) {
      const hit = p === '/' ? pathname === '/' : matchPath({ path: p, end: false }, pathname);
      if (hit && (!best || p.length > best.len)) best = { key: m.key, len: p.length };
    }
  }
  return best?.key;
}
