import { PlusOutlined } from '@ant-design/icons';
import { ORG_KIND_LABELS, ORG_KINDS, type Org, type OrgKind } from '@crossskill/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { meKey, useMe } from '../../api/auth';
import { errorMessage } from '../../api/client';
import { orgKeys, updateOrg, useOrgs } from '../../api/orgs';
import { Page } from '../../components/Page';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { administeredOrgs, isPlatformAdmin } from '../../lib/access';
import { formatDate } from '../../lib/format';
import { settle } from '../../lib/testid';
import { menuItem } from '../../menu';
import { OrgFormModal } from './OrgFormModal';

export function OrgStatusTag({ status }: { status: Org['status'] }) {
  const { t } = useI18n();
  return status === 'active' ? (
    <Tag color="green">{t('org.status.active')}</Tag>
  ) : (
    <Tag color="red">{t('org.status.suspended')}</Tag>
  );
}

export default function OrgsPage() {
  const { t, pick, lang } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { data: me } = useMe();
  const platformAdmin = me ? isPlatformAdmin(me) : false;
  const [kind, setKind] = useState<OrgKind | undefined>();
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<Org | 'new' | null>(null);
  const orgs = useOrgs(platformAdmin ? { kind, q: q || undefined } : {});

  // an org admin sees the organisations they administer (GET /api/orgs also lists ones where they are e.g. a trainee)
  const rows = useMemo(() => {
    const items = orgs.data?.items ?? [];
    if (!me || platformAdmin) return items;
    const mine = new Set(administeredOrgs(me).map((m) => m.orgId));
    return items.filter((o) => mine.has(o.id));
  }, [orgs.data, me, platformAdmin]);

  const setStatus = useMutation({
    mutationFn: ({ org, status }: { org: Org; status: Org['status'] }) => updateOrg(org.id, { status }),
    onSuccess: (org) => {
      void message.success(org.status === 'active' ? t('org.activated') : t('org.suspended'));
      void qc.invalidateQueries({ queryKey: orgKeys.all });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  const onSaved = () => {
    setEditing(null);
    void qc.invalidateQueries({ queryKey: orgKeys.all });
    void qc.invalidateQueries({ queryKey: meKey });
  };

  if (orgs.isError) return <QueryError error={orgs.error} onRetry={() => void orgs.refetch()} />;

  return (
    <Page
      title={pick(menuItem('orgs').label)}
      testId="orgs-page"
      extra={
        platformAdmin ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="org-create">
            {t('org.create')}
          </Button>
        ) : null
      }
    >
      <Card>
        {platformAdmin ? (
          <Flex gap={8} wrap style={{ marginBottom: 16 }}>
            <Select<OrgKind>
              allowClear
              placeholder={t('org.filterKind')}
              style={{ width: 200 }}
              value={kind}
              onChange={setKind}
              data-testid="org-filter-kind"
              options={ORG_KINDS.map((k) => ({ value: k, label: pick(ORG_KIND_LABELS[k]) }))}
            />
            <Input.Search
              allowClear
              placeholder={t('org.search')}
              style={{ width: 260 }}
              onSearch={(v) => setQ(v.trim())}
              data-testid="org-search"
            />
          </Flex>
        ) : (
          <Typography.Paragraph type="secondary">{t('org.ownHint')}</Typography.Paragraph>
        )}
        <Table<Org>
          rowKey="id"
          loading={orgs.isFetching}
          dataSource={rows}
          scroll={{ x: 960 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          data-testid="orgs-table"
          columns={[
            { title: t('org.name'), dataIndex: 'name', fixed: 'left', width: 220 },
            { title: t('org.kind'), dataIndex: 'kind', render: (k: OrgKind) => pick(ORG_KIND_LABELS[k]) },
            { title: t('org.creditCode'), dataIndex: 'creditCode', render: (v: string | null) => v ?? '—' },
            { title: t('org.contactPhone'), dataIndex: 'contactPhone', render: (v: string | null) => v ?? '—' },
            { title: t('org.memberCount'), dataIndex: 'memberCount', align: 'right' },
            {
              title: t('org.statusLabel'),
              dataIndex: 'status',
              render: (s: Org['status']) => <OrgStatusTag status={s} />,
            },
            { title: t('common.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDate(v, lang) },
            {
              title: t('common.actions'),
              key: 'actions',
              fixed: 'right',
              render: (_v, org) => (
                <Space size={4} wrap>
                  <Button size="small" type="link" onClick={() => setEditing(org)} data-testid="org-edit">
                    {t('common.edit')}
                  </Button>
                  <Link to={`/orgs/${org.id}/members`} data-testid="org-members">
                    {t('org.members')}
                  </Link>
                  {platformAdmin && org.kind !== 'platform' ? (
                    org.status === 'active' ? (
                      <Popconfirm
                        title={t('org.suspendConfirm', { name: org.name })}
                        okText={t('org.suspend')}
                        okButtonProps={{ danger: true }}
                        onConfirm={() => settle(setStatus.mutateAsync({ org, status: 'suspended' }))}
                      >
                        <Button size="small" type="link" danger data-testid="org-suspend">
                          {t('org.suspend')}
                        </Button>
                      </Popconfirm>
                    ) : (
                      <Popconfirm
                        title={t('org.activateConfirm', { name: org.name })}
                        okText={t('org.activate')}
                        onConfirm={() => settle(setStatus.mutateAsync({ org, status: 'active' }))}
                      >
                        <Button size="small" type="link" data-testid="org-activate">
                          {t('org.activate')}
                        </Button>
                      </Popconfirm>
                    )
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {editing ? (
        <OrgFormModal
          org={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={onSaved}
        />
      ) : null}
    </Page>
  );
}
