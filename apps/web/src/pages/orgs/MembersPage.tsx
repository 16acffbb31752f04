import { ArrowLeftOutlined, DownloadOutlined, UserAddOutlined } from '@ant-design/icons';
import { type Member, ORG_KIND_LABELS, ROLE_LABELS } from '@crossskill/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Flex, Input, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { meKey, useMe } from '../../api/auth';
import { errorMessage } from '../../api/client';
import { exportMembers, orgKeys, removeMembership, useMembers, useOrg } from '../../api/orgs';
import { Page } from '../../components/Page';
import { PageLoading } from '../../components/PageLoading';
import { QueryError } from '../../components/QueryError';
import { isRole, RoleTag } from '../../components/RoleTag';
import { useI18n } from '../../i18n';
import { formatDate } from '../../lib/format';
import { settle, tid } from '../../lib/testid';
import { menuItem } from '../../menu';
import { AddMemberModal } from './AddMemberModal';
import { OrgStatusTag } from './OrgsPage';

/** One person in the organisation with all the roles they hold there. */
interface MemberRow {
  userId: string;
  name: string;
  mobile: string | null;
  email: string | null;
  since: string;
  memberships: Member[];
}

function groupByUser(items: Member[]): MemberRow[] {
  const rows = new Map<string, MemberRow>();
  for (const m of items) {
    const row = rows.get(m.userId);
    if (row) {
      row.memberships.push(m);
      if (m.createdAt < row.since) row.since = m.createdAt;
    } else {
      rows.set(m.userId, {
        userId: m.userId,
        name: m.name,
        mobile: m.mobile,
        email: m.email,
        since: m.createdAt,
        memberships: [m],
      });
    }
  }
  return [...rows.values()];
}

export default function MembersPage({ orgId }: { orgId: string }) {
  const { t, pick, lang } = useI18n();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const { data: me } = useMe();
  const org = useOrg(orgId);
  const members = useMembers(orgId);
  const [adding, setAdding] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [filter, setFilter] = useState('');

  const rows = useMemo(() => {
    const all = groupByUser(members.data?.items ?? []);
    const f = filter.trim().toLowerCase();
    if (!f) return all;
    return all.filter((r) => [r.name, r.mobile, r.email].some((v) => v?.toLowerCase().includes(f)));
  }, [members.data, filter]);

  const refresh = () => {
    void qc.invalidateQueries({ queryKey: orgKeys.members(orgId) });
    void qc.invalidateQueries({ queryKey: orgKeys.all });
  };

  const remove = useMutation({
    mutationFn: (m: Member) => removeMembership(orgId, m.id),
    onSuccess: (_r, m) => {
      void message.success(t('member.roleRemoved'));
      refresh();
      if (m.userId === me?.user.id) void qc.invalidateQueries({ queryKey: meKey });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  const confirmRemove = (row: MemberRow, m: Member) => {
    const role = isRole(m.role) ? pick(ROLE_LABELS[m.role]) : m.role;
    void modal.confirm({
      title: t('member.removeTitle'),
      content: t('member.removeConfirm', { name: row.name, role }),
      okText: t('member.remove'),
      okButtonProps: { danger: true, ...tid('member-remove-ok') },
      cancelText: t('common.cancel'),
      onOk: () => settle(remove.mutateAsync(m)),
    });
  };

  const doExport = async () => {
    setExporting(true);
    try {
      await exportMembers(orgId, `${org.data?.name ?? 'members'}-${t('member.exportFile')}.xlsx`);
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };

  if (org.isError) return <QueryError error={org.error} onRetry={() => void org.refetch()} />;
  if (!org.data) return <PageLoading />;

  return (
    <Page
      title={`${pick(menuItem('members').label)} · ${org.data.name}`}
      testId="members-page"
      extra={
        <>
          <Button
            icon={<DownloadOutlined />}
            loading={exporting}
            onClick={() => void doExport()}
            data-testid="member-export"
          >
            {t('common.exportExcel')}
          </Button>
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setAdding(true)} data-testid="member-add">
            {t('member.add')}
          </Button>
        </>
      }
    >
      <Flex vertical gap={16}>
        <Card size="small">
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, lg: 4 }}
            items={[
              { key: 'kind', label: t('org.kind'), children: pick(ORG_KIND_LABELS[org.data.kind]) },
              { key: 'status', label: t('org.statusLabel'), children: <OrgStatusTag status={org.data.status} /> },
              { key: 'count', label: t('org.memberCount'), children: org.data.memberCount },
              {
                key: 'back',
                label: t('org.all'),
                children: (
                  <Link to="/orgs">
                    <ArrowLeftOutlined /> {pick(menuItem('orgs').label)}
                  </Link>
                ),
              },
            ]}
          />
        </Card>
        <Card>
          {members.isError ? (
            <QueryError error={members.error} onRetry={() => void members.refetch()} />
          ) : (
            <>
              <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 16 }}>
                <Input.Search
                  allowClear
                  placeholder={t('member.filter')}
                  style={{ maxWidth: 280 }}
                  onChange={(e) => setFilter(e.target.value)}
                  data-testid="member-filter"
                />
                <Typography.Text type="secondary">{t('member.removeHint')}</Typography.Text>
              </Flex>
              <Table<MemberRow>
                rowKey="userId"
                loading={members.isFetching}
                dataSource={rows}
                scroll={{ x: 720 }}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                data-testid="members-table"
                columns={[
                  { title: t('field.name'), dataIndex: 'name', width: 140 },
                  { title: t('field.mobile'), dataIndex: 'mobile', render: (v: string | null) => v ?? '—' },
                  { title: t('field.email'), dataIndex: 'email', render: (v: string | null) => v ?? '—' },
                  {
                    title: t('member.roles'),
                    key: 'roles',
                    render: (_v, row) =>
                      row.memberships.map((m) => (
                        <RoleTag key={m.id} role={m.role} closable onClose={() => confirmRemove(row, m)} />
                      )),
                  },
                  { title: t('member.since'), dataIndex: 'since', render: (v: string) => formatDate(v, lang) },
                ]}
              />
            </>
          )}
        </Card>
      </Flex>
      {adding ? (
        <AddMemberModal
          org={org.data}
          onClose={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            refresh();
          }}
        />
      ) : null}
    </Page>
  );
}
