import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { AUDIT_EVENTS, type AuditEntry } from '@crossskill/contracts';
import { App, Button, Card, DatePicker, Flex, type GetProps, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { type AuditFilters, exportAudit, useAudit } from '../../api/admin';
import { errorMessage } from '../../api/client';
import { Page } from '../../components/Page';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { menuItem } from '../../menu';
import { auditEventLabel } from './auditEvents';

type RangeValue = GetProps<typeof DatePicker.RangePicker>['value'];

const short = (id: string | null) => (id ? id.slice(0, 8) : '—');

export default function AuditPage() {
  const { t, pick, lang } = useI18n();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const userId = params.get('userId') ?? undefined;
  const [event, setEvent] = useState<string | undefined>();
  const [range, setRange] = useState<RangeValue>(null);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const [exporting, setExporting] = useState(false);

  const filters: AuditFilters = {
    event,
    userId,
    from: range?.[0]?.toISOString(),
    to: range?.[1]?.toISOString(),
  };
  const audit = useAudit(filters, page, pageSize);

  const eventLabel = (e: string) => auditEventLabel(e, lang);

  const doExport = async () => {
    setExporting(true);
    try {
      await exportAudit(filters, `${pick(menuItem('audit').label)}.xlsx`);
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Page
      title={pick(menuItem('audit').label)}
      testId="audit-page"
      extra={
        <>
          <Button icon={<ReloadOutlined />} onClick={() => void audit.refetch()} data-testid="audit-refresh">
            {t('common.refresh')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            loading={exporting}
            onClick={() => void doExport()}
            data-testid="audit-export"
          >
            {t('common.exportExcel')}
          </Button>
        </>
      }
    >
      <Card>
        <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('audit.filterEvent')}
            style={{ width: 220 }}
            value={event}
            onChange={(v: string | undefined) => {
              setEvent(v);
              setPage(1);
            }}
            data-testid="audit-filter-event"
            options={AUDIT_EVENTS.map((e) => ({ value: e, label: `${eventLabel(e)} (${e})` }))}
          />
          <DatePicker.RangePicker
            showTime
            value={range}
            onChange={(v) => {
              setRange(v);
              setPage(1);
            }}
            placeholder={[t('audit.from'), t('audit.to')]}
            data-testid="audit-filter-time"
          />
          {userId ? (
            <Tag
              closable
              color="blue"
              onClose={() => {
                setParams({}, { replace: true });
                setPage(1);
              }}
              data-testid="audit-filter-user"
            >
              {t('audit.userFilter', { id: short(userId) })}
            </Tag>
          ) : null}
        </Flex>
        {audit.isError ? (
          <QueryError error={audit.error} onRetry={() => void audit.refetch()} />
        ) : (
          <Table<AuditEntry>
            rowKey="id"
            size="middle"
            loading={audit.isFetching}
            dataSource={audit.data?.items ?? []}
            scroll={{ x: 960 }}
            data-testid="audit-table"
            pagination={{
              current: page,
              pageSize,
              total: audit.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100, 200],
              showTotal: (total) => t('common.total', { total }),
              onChange: (p, s) => {
                setPage(s === pageSize ? p : 1);
                setPageSize(s);
              },
            }}
            expandable={{
              rowExpandable: (r) => Object.keys(r.details).length > 0,
              expandedRowRender: (r) => (
                <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                  {JSON.stringify(r.details, null, 2)}
                </pre>
              ),
            }}
            columns={[
              { title: t('audit.at'), dataIndex: 'at', width: 180, render: (v: string) => formatDateTime(v, lang) },
              {
                title: t('audit.event'),
                dataIndex: 'event',
                render: (e: string) => (
                  <span>
                    {eventLabel(e)}{' '}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {e}
                    </Typography.Text>
                  </span>
                ),
              },
              {
                title: t('audit.actor'),
                dataIndex: 'actorName',
                render: (v: string | null, r) => v ?? (r.actorUserId ? short(r.actorUserId) : '—'),
              },
              {
                title: t('audit.subject'),
                dataIndex: 'subjectUserId',
                render: (v: string | null) => (
                  <Typography.Text copyable={v ? { text: v } : false}>{short(v)}</Typography.Text>
                ),
              },
              { title: t('audit.org'), dataIndex: 'orgId', render: (v: string | null) => short(v) },
              { title: t('audit.ip'), dataIndex: 'ip', render: (v: string | null) => v ?? '—' },
              {
                title: t('audit.details'),
                dataIndex: 'details',
                ellipsis: true,
                render: (d: AuditEntry['details']) =>
                  Object.keys(d).length > 0 ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {JSON.stringify(d)}
                    </Typography.Text>
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
        )}
      </Card>
    </Page>
  );
}
