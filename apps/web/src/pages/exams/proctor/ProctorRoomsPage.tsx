import { DesktopOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { type ProctorRoom, useProctorRooms } from '../../../api/exam-staff';
import { Page } from '../../../components/Page';
import { QueryError } from '../../../components/QueryError';
import { useI18n } from '../../../i18n';
import { examDay, formatClock, isSameExamDay, useNow } from './proctorUtil';

type Phase = 'upcoming' | 'running' | 'ended';
type Filter = 'today' | 'all';

function phaseOf(r: ProctorRoom, now: number): Phase {
  if (r.sessionClosedAt || Date.parse(r.endsAt) < now - 60 * 60_000) return 'ended';
  if (Date.parse(r.startsAt) > now) return 'upcoming';
  // running until the session's end (+ an hour for extra time) or until everyone has submitted
  if (r.counts.candidates > 0 && r.counts.submitted >= r.counts.candidates) return 'ended';
  return 'running';
}

/** Today's rooms first (by start), then the coming ones (soonest first), then the past ones (latest first). */
function sortRooms(rooms: ProctorRoom[], now: number): ProctorRoom[] {
  const rank = (r: ProctorRoom) => {
    if (isSameExamDay(r.startsAt, now)) return 0;
    return Date.parse(r.startsAt) > now ? 1 : 2;
  };
  return [...rooms].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    if (ra !== rb) return ra - rb;
    const d = Date.parse(a.startsAt) - Date.parse(b.startsAt);
    return ra === 2 ? -d : d;
  });
}

/** 监考台: the rooms I proctor (an institution admin: every room of the organisation's plans). */
export default function ProctorRoomsPage() {
  const { t } = useI18n();
  const rooms = useProctorRooms();
  const now = useNow(30_000);
  const [filter, setFilter] = useState<Filter>('all');
  const [mineOnly, setMineOnly] = useState(false);
  const items = rooms.data?.items;
  const anyNotMine = (items ?? []).some((r) => !r.assignedToMe);
  const todayCount = (items ?? []).filter((r) => isSameExamDay(r.startsAt, now)).length;

  const rows = useMemo(() => {
    let list = items ?? [];
    if (filter === 'today') list = list.filter((r) => isSameExamDay(r.startsAt, now));
    if (mineOnly) list = list.filter((r) => r.assignedToMe);
    return sortRooms(list, now);
  }, [items, filter, mineOnly, now]);

  const phaseTag = (p: Phase) =>
    p === 'running' ? (
      <Tag color="processing">{t('proc.phase.running')}</Tag>
    ) : p === 'upcoming' ? (
      <Tag color="blue">{t('proc.phase.upcoming')}</Tag>
    ) : (
      <Tag>{t('proc.phase.ended')}</Tag>
    );

  return (
    <Page
      title={t('proc.title')}
      testId="proctor-rooms-page"
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void rooms.refetch()} loading={rooms.isFetching}>
          {t('common.refresh')}
        </Button>
      }
    >
      {rooms.isError ? <QueryError error={rooms.error} onRetry={() => void rooms.refetch()} /> : null}
      <Card size="small">
        <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
          <Segmented<Filter>
            value={filter}
            onChange={setFilter}
            options={[
              { value: 'all', label: t('proc.filter.all') },
              { value: 'today', label: `${t('proc.filter.today')} (${todayCount})` },
            ]}
            data-testid="proctor-rooms-filter"
          />
          {anyNotMine ? (
            <Segmented<'all' | 'mine'>
              value={mineOnly ? 'mine' : 'all'}
              onChange={(v) => setMineOnly(v === 'mine')}
              options={[
                { value: 'all', label: t('proc.filter.allRooms') },
                { value: 'mine', label: t('proc.filter.mine') },
              ]}
            />
          ) : null}
          <Typography.Text type="secondary">{t('proc.roomsHint')}</Typography.Text>
        </Flex>
        <Table<ProctorRoom>
          size="middle"
          rowKey="roomId"
          loading={rooms.isPending}
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 1000 }}
          locale={{ emptyText: <Empty description={t('proc.noRooms')} /> }}
          onRow={(r) => ({ 'data-testid': `proctor-rooms-row-${r.roomId}` }) as React.HTMLAttributes<HTMLElement>}
          data-testid="proctor-rooms-table"
          columns={[
            {
              title: t('proc.col.time'),
              key: 'time',
              width: 190,
              render: (_: unknown, r) => (
                <Space orientation="vertical" size={0}>
                  <Typography.Text strong>
                    {isSameExamDay(r.startsAt, now) ? t('proc.today') : examDay(r.startsAt)}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {formatClock(r.startsAt)}–{formatClock(r.endsAt)} ({t('proc.minutes', { n: r.durationMinutes })})
                  </Typography.Text>
                </Space>
              ),
            },
            {
              title: t('proc.col.plan'),
              key: 'plan',
              render: (_: unknown, r) => (
                <Space orientation="vertical" size={0}>
                  <Typography.Text>{r.planName}</Typography.Text>
                  <Typography.Text type="secondary">{r.sessionName}</Typography.Text>
                </Space>
              ),
            },
            {
              title: t('proc.col.room'),
              key: 'room',
              render: (_: unknown, r) => (
                <Space orientation="vertical" size={0}>
                  <Typography.Text>{r.roomName}</Typography.Text>
                  {r.location ? <Typography.Text type="secondary">{r.location}</Typography.Text> : null}
                </Space>
              ),
            },
            {
              title: t('proc.col.proctors'),
              key: 'proctors',
              render: (_: unknown, r) => (
                <Flex gap={4} wrap>
                  {r.proctors.map((p) => (
                    <Tag key={p.id}>{p.name}</Tag>
                  ))}
                  {r.assignedToMe ? <Tag color="blue">{t('proc.me')}</Tag> : null}
                </Flex>
              ),
            },
            {
              title: t('proc.col.counts'),
              key: 'counts',
              width: 210,
              render: (_: unknown, r) => (
                <Typography.Text>
                  {t('proc.countsLine', {
                    candidates: r.counts.candidates,
                    seats: r.seats,
                    inProgress: r.counts.inProgress,
                    submitted: r.counts.submitted,
                  })}
                </Typography.Text>
              ),
            },
            {
              title: t('proc.col.phase'),
              key: 'phase',
              width: 90,
              render: (_: unknown, r) => phaseTag(phaseOf(r, now)),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 120,
              fixed: 'end',
              render: (_: unknown, r) => (
                <Link to={`/proctoring/rooms/${r.roomId}`} data-testid={`proctor-enter-${r.roomId}`}>
                  <Button type={phaseOf(r, now) === 'running' ? 'primary' : 'default'} icon={<DesktopOutlined />}>
                    {t('proc.enter')}
                  </Button>
                </Link>
              ),
            },
          ]}
        />
      </Card>
    </Page>
  );
}
