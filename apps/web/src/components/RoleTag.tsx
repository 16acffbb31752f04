import { CloseOutlined } from '@ant-design/icons';
import { ROLE_LABELS, type Role } from '@crossskill/contracts';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';

export const ROLE_COLORS: Record<Role, string> = {
  platform_admin: 'magenta',
  institution_admin: 'geekblue',
  lecturer: 'cyan',
  trainee: 'green',
  proctor: 'orange',
  examiner: 'purple',
  review_member: 'gold',
  enterprise_hr: 'volcano',
};

export function isRole(value: string): value is Role {
  return Object.hasOwn(ROLE_LABELS, value);
}

export function RoleTag({ role, closable, onClose }: { role: string; closable?: boolean; onClose?: () => void }) {
  const { pick } = useI18n();
  const label: ReactNode = isRole(role) ? pick(ROLE_LABELS[role]) : role;
  return (
    <Tag
      color={isRole(role) ? ROLE_COLORS[role] : undefined}
      closable={closable}
      closeIcon={closable ? <CloseOutlined data-testid={`role-remove-${role}`} /> : undefined}
      onClose={(e) => {
        // the parent confirms first; it refreshes the list when the role is really gone
        e.preventDefault();
        onClose?.();
      }}
      data-testid={`role-tag-${role}`}
      style={{ marginInlineEnd: 4, marginBlock: 2 }}
    >
      {label}
    </Tag>
  );
}

export function RoleTags({ roles }: { roles: readonly string[] }) {
  if (roles.length === 0) return <>—</>;
  return (
    <>
      {roles.map((r) => (
        <RoleTag key={r} role={r} />
      ))}
    </>
  );
}
