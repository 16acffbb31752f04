import { UnlockOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Input, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { type AdminUser, adminUsersKey, unlockUser, useAdminUsers } from '../../api/admin';
import { errorMessage } from '../../api/client';
import { Page } from '../../components/Page';
import { QueryError } from '../../components/QueryError';
import { RoleTags } from '../../components/RoleTag';
import { useI18n } from '../../i18n';
import { formatDate, formatDateTime, isFuture } from '../../lib/format';
import { settle } from '../../lib/testid';
import { menuItem } from '../../menu';

export default function UsersPage() {
  const { t, pick, lang } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const users = useAdminUsers(q, page, pageSize);

  const unlock = useMutation({
    mutationFn: (u: AdminUser) => unlockUser(u.id),
    onSuccess: (_r, u) => {
      void message.success(t('users.unlocked', { name: u.name }));
      void qc.invalidateQueries({ queryKey: adminUsersKey });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  return (
    <Page title={pick(menuItem('users').label)} testId="users-page">
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            enterButton
            placeholder={t('users.search')}
            style={{ maxWidth: 360 }}
            onSearch={(v) => {
              setQ(v.trim());
              setPage(1);
            }}
            data-testid="users-search"
          />
        </Flex>
        {users.isError ? (
          <QueryError error={users.error} onRetry={() => void users.refetch()} />
        ) : (
          <Table<AdminUser>
            rowKey="id"
            loading={users.isFetching}
            dataSource={users.data?.items ?? []}
            scroll={{ x: 1100 }}
            data-testid="users-table"
            pagination={{
              current: page,
              pageSize,
              total: users.data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (total) => t('common.total', { total }),
              onChange: (p, s) => {
                setPage(s === pageSize ? p : 1);
                setPageSize(s);
              },
            }}
            columns={[
              { title: t('field.name'), dataIndex: 'name', fixed: 'left', width: 120 },
              { title: t('field.mobile'), dataIndex: 'mobile', render: (v: string | null) => v ?? '—' },
              { title: t('field.email'), dataIndex: 'email', render: (v: string | null) => v ?? '—' },
              { title: t('field.idNumber'), dataIndex: 'idNumberMasked', render: (v: string | null) => v ?? '—' },
              {
                title: t('member.roles'),
                dataIndex: 'roles',
                render: (roles: AdminUser['roles']) => <RoleTags roles={roles ?? []} />,
              },
              {
                title: t('users.status'),
                key: 'status',
                render: (_v, u) => (
                  <Space size={4} wrap>
                    {u.status === 'active' ? (
                      <Tag color="green">{t('users.active')}</Tag>
                    ) : (
                      <Tag color="default">{t('users.disabled')}</Tag>
                    )}
                    {isFuture(u.lockedUntil) ? (
                      <Tag color="red" data-testid="user-locked">
                        {t('users.lockedUntil', { time: formatDateTime(u.lockedUntil, lang) })}
                      </Tag>
                    ) : null}
                  </Space>
                ),
              },
              {
                title: t('common.createdAt'),
                dataIndex: 'createdAt',
                width: 120,
                render: (v: string) => formatDate(v, lang),
              },
              {
                title: t('common.actions'),
                key: 'actions',
                fixed: 'right',
                render: (_v, u) => (
                  <Space size={4}>
                    {isFuture(u.lockedUntil) ? (
                      <Popconfirm
                        title={t('users.unlockConfirm', { name: u.name })}
                        okText={t('users.unlock')}
                        onConfirm={() => settle(unlock.mutateAsync(u))}
                      >
                        <Button size="small" icon={<UnlockOutlined />} data-testid="user-unlock">
                          {t('users.unlock')}
                        </Button>
                      </Popconfirm>
                    ) : null}
                    <Link to={`/admin/audit?userId=${encodeURIComponent(u.id)}`} data-testid="user-audit">
                      {t('users.auditLink')}
                    </Link>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
    </Page>
  );
}
