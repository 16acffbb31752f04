import { DownloadOutlined, SettingOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useMe } from '../../../api/auth';
import { errorMessage } from '../../../api/client';
import { QueryError } from '../../../components/QueryError';
import { useLang } from '../../../i18n';
import { canAccess } from '../../../lib/access';
import { formatDateTime } from '../../../lib/format';
import { menuItem } from '../../../menu';
import { examSpan } from '../../exams/plans/planUtil';
import { attemptStatusText } from './MySkillExams';
import { exportSkillAttempts, type SkillAttemptRow, type SkillPartItem, useSkillAttemptRows } from './skillApi';
import { pts, useTx } from './skillText';

/** Skill parts the caller examines or runs, and the attempts of the chosen one with links to the review. */
export function StaffSkillParts({ parts, loading }: { parts: SkillPartItem[]; loading: boolean }) {
  const tx = useTx();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('plan') ?? parts[0]?.planId ?? null;
  const canSetUp = me ? canAccess(me, menuItem('examPlans').access) : false;

  return (
    <Flex vertical gap={16}>
      <Card title={tx('partsTitle')} data-testid="skill-parts">
        <Table<SkillPartItem>
          rowKey="planId"
          size="middle"
          loading={loading}
          dataSource={parts}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: <Empty description={tx('partsNone')} /> }}
          rowClassName={(r) => (r.planId === chosen ? 'ant-table-row-selected' : '')}
          onRow={(r) =>
            ({
              'data-testid': `skill-part-row-${r.planName}`,
              onClick: () => setParams({ plan: r.planId }, { replace: true }),
              style: { cursor: 'pointer' },
            }) as React.HTMLAttributes<HTMLElement>
          }
          columns={[
            { title: tx('plan'), dataIndex: 'planName', width: 280 },
            {
              title: tx('level'),
              key: 'level',
              width: 180,
              render: (_: unknown, r) => `${tx('levelN', { n: r.level })}${r.workType ? ` · ${r.workType}` : ''}`,
            },
            {
              title: tx('time'),
              key: 'time',
              width: 220,
              render: (_: unknown, r) => examSpan(r.startsAt, r.durationMinutes),
            },
            {
              title: tx('status'),
              dataIndex: 'status',
              width: 90,
              render: (s: SkillPartItem['status']) => (
                <Tag color={s === 'published' ? 'green' : 'orange'}>
                  {s === 'published' ? tx('statusPublished') : tx('statusDraft')}
                </Tag>
              ),
            },
            {
              title: tx('role'),
              key: 'role',
              width: 100,
              render: (_: unknown, r) => (r.isExaminer ? tx('asExaminer') : tx('asStaff')),
            },
            { title: tx('candidates'), dataIndex: 'candidates', width: 80 },
            {
              title: tx('progress'),
              key: 'progress',
              width: 120,
              render: (_: unknown, r) => `${r.submitted} / ${r.final}`,
            },
            {
              title: '',
              key: 'setup',
              width: 90,
              render: (_: unknown, r) =>
                canSetUp ? (
                  <Link
                    to={`/exam-plans/${r.planId}/skill`}
                    onClick={(e) => e.stopPropagation()}
                    data-testid="skill-part-setup"
                  >
                    <SettingOutlined /> {tx('setup')}
                  </Link>
                ) : null,
            },
          ]}
        />
      </Card>
      {chosen ? (
        <AttemptsCard key={chosen} planId={chosen} planName={parts.find((p) => p.planId === chosen)?.planName ?? ''} />
      ) : null}
    </Flex>
  );
}

function AttemptsCard({ planId, planName }: { planId: string; planName: string }) {
  const tx = useTx();
  const lang = useLang();
  const { message } = App.useApp();
  const rows = useSkillAttemptRows(planId);
  const [exporting, setExporting] = useState(false);
  const doExport = async () => {
    setExporting(true);
    try {
      await exportSkillAttempts(planId, `${planName}-${tx('pageTitle')}.xlsx`);
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };
  if (rows.isError) return <QueryError error={rows.error} onRetry={() => void rows.refetch()} />;

  return (
    <Card
      title={`${tx('attempts')} · ${planName}`}
      data-testid="skill-attempts"
      extra={
        <Button
          icon={<DownloadOutlined />}
          loading={exporting}
          onClick={() => void doExport()}
          data-testid="skill-attempts-export"
        >
          {tx('export')}
        </Button>
      }
    >
      <Table<SkillAttemptRow>
        rowKey="attemptId"
        size="middle"
        loading={rows.isLoading}
        dataSource={rows.data?.items ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: <Empty description={tx('noAttempts')} /> }}
        onRow={(r) => ({ 'data-testid': `skill-attempt-row-${r.candidateName}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: tx('candidate'), dataIndex: 'candidateName', width: 120 },
          { title: tx('ticketNo'), dataIndex: 'ticketNo', width: 180, render: (v: string | null) => v ?? '—' },
          {
            title: tx('attemptStatus'),
            dataIndex: 'status',
            width: 110,
            render: (s: SkillAttemptRow['status']) => (
              <span data-testid="skill-attempt-status" data-status={s}>
                {attemptStatusText(s, tx)}
              </span>
            ),
          },
          { title: tx('autoScore'), dataIndex: 'autoScore', width: 100, render: (v: number | null) => pts(v) },
          {
            title: tx('score'),
            key: 'score',
            width: 130,
            render: (_: unknown, r) =>
              r.score === null ? (
                '—'
              ) : (
                <Typography.Text type={r.passed ? 'success' : r.passed === false ? 'danger' : undefined}>
                  {pts(r.score)}
                  {r.passed === null ? '' : ` · ${r.passed ? tx('passed') : tx('failed')}`}
                </Typography.Text>
              ),
          },
          { title: tx('overrides'), dataIndex: 'overrides', width: 80 },
          {
            title: tx('submittedAt'),
            dataIndex: 'submittedAt',
            width: 170,
            render: (v: string | null) => formatDateTime(v, lang),
          },
          {
            title: '',
            key: 'review',
            width: 80,
            fixed: 'right',
            render: (_: unknown, r) => (
              <Link to={`/skill-exams/review/${r.attemptId}`} data-testid="skill-attempt-review">
                {tx('review')}
              </Link>
            ),
          },
        ]}
      />
    </Card>
  );
}
