import {
  ArrowLeftOutlined,
  DownOutlined,
  FieldTimeOutlined,
  FlagOutlined,
  PauseCircleOutlined,
  PlayCircleOutlined,
  StopOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Badge,
  Button,
  Card,
  Col,
  Dropdown,
  Empty,
  Flex,
  type MenuProps,
  Popover,
  Progress,
  Row,
  Segmented,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Timeline,
  Tooltip,
  Typography,
} from 'antd';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import {
  type ConnectionState,
  type ProctorCandidate,
  type ProctorEvent,
  type ProctorRoomLive,
  useProctorEvents,
  useProctorRoom,
} from '../../../api/exam-staff';
import { Page } from '../../../components/Page';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import { type Lang, type MessageKey, type TFunction, useI18n } from '../../../i18n';
import { ProctorActionModal, type ProctorActionTarget } from './ProctorActionModal';
import {
  CANDIDATE_STATUS_COLORS,
  CANDIDATE_STATUS_LABELS,
  CONNECTION_COLORS,
  CONNECTION_LABELS,
  EVENT_KIND_LABELS,
  eventColor,
  eventWhen,
  formatAgo,
  formatClock,
  formatDuration,
  IRREGULARITY_LABELS,
  SIGNAL_LABELS,
  SIGNALS,
  useNow,
} from './proctorUtil';

/** Whether the browser tab is visible (polling pauses while it is hidden). */
function usePageVisible(): boolean {
  const [visible, setVisible] = useState(() => document.visibilityState !== 'hidden');
  useEffect(() => {
    const on = () => setVisible(document.visibilityState !== 'hidden');
    document.addEventListener('visibilitychange', on);
    return () => document.removeEventListener('visibilitychange', on);
  }, []);
  return visible;
}

/** The server's "now" as of this render: the local clock corrected by the offset seen at the last poll. */
interface Clock {
  serverNow: number;
  /** Seconds since the last poll arrived. */
  sinceFetch: number;
}

function remainingOf(c: ProctorCandidate, clock: Clock): number | null {
  if (c.remainingSeconds === null) return null;
  if (c.status === 'in_progress') return Math.max(0, c.remainingSeconds - clock.sinceFetch);
  return c.remainingSeconds;
}

const SUBMIT_REASON_KEYS: Record<string, MessageKey> = {
  candidate: 'proc.submit.candidate',
  deadline: 'proc.submit.deadline',
  proctor: 'proc.submit.proctor',
};

const IRREGULARITY_NAMES: Record<string, { zh: string; en: string }> = IRREGULARITY_LABELS;

/** A short text of an event's detail (minutes, reason, kind and note of an irregularity). */
function eventDetail(e: ProctorEvent, t: TFunction, lang: Lang): string {
  const d = e.detail ?? {};
  const parts: string[] = [];
  if (typeof d.minutes === 'number') parts.push(t('proc.ev.minutes', { n: d.minutes }));
  if (typeof d.kind === 'string' && e.kind === 'irregularity') parts.push(IRREGULARITY_NAMES[d.kind]?.[lang] ?? d.kind);
  if (typeof d.note === 'string' && d.note) parts.push(d.note);
  if (typeof d.reason === 'string' && d.reason) {
    const submitReason = e.kind === 'submitted' ? SUBMIT_REASON_KEYS[d.reason] : undefined;
    parts.push(submitReason ? t(submitReason) : d.reason);
  }
  if (d.roomWide === true) parts.push(t('proc.ev.roomWide'));
  return parts.join(' · ');
}

/** Once submitted the page no longer calls: the last contact stays for the record, the dot turns grey. */
function dotState(c: ProctorCandidate): ConnectionState | 'never' {
  return c.status === 'submitted' ? 'never' : (c.connection ?? 'never');
}

function ConnectionDot({ c, clock, seat }: { c: ProctorCandidate; clock: Clock; seat: string }) {
  const { t, pick, lang } = useI18n();
  const state = dotState(c);
  const label = c.connection ? pick(CONNECTION_LABELS[c.connection]) : t('proc.neverSeen');
  const ago = c.lastSeenAt ? formatAgo((clock.serverNow - Date.parse(c.lastSeenAt)) / 1000, lang) : null;
  return (
    <Tooltip title={label}>
      <span data-testid={`proctor-connection-${seat}`} data-state={state}>
        <Badge color={CONNECTION_COLORS[state]} text={ago ?? label} />
      </span>
    </Tooltip>
  );
}

function ProgressCell({ c, seat }: { c: ProctorCandidate; seat: string }) {
  const pct = c.total > 0 ? Math.round((c.answered / c.total) * 100) : 0;
  return (
    <Flex vertical gap={0} style={{ minWidth: 110 }} data-testid={`proctor-progress-${seat}`}>
      <Typography.Text style={{ fontSize: 12 }}>
        {c.answered}/{c.total}
      </Typography.Text>
      <Progress percent={pct} size="small" showInfo={false} status={c.status === 'submitted' ? 'success' : 'normal'} />
    </Flex>
  );
}

function SignalsCell({ c, room }: { c: ProctorCandidate; room: ProctorRoomLive }) {
  const { t, pick } = useI18n();
  return (
    <Flex gap={4} wrap>
      {SIGNALS.map((s) => {
        const n = c.signals[s];
        const warn = c.warnings.includes(s);
        const tag = (
          <Tag
            key={s}
            color={warn ? 'warning' : n > 0 ? 'default' : undefined}
            icon={warn ? <WarningOutlined /> : null}
          >
            {pick(SIGNAL_LABELS[s])} {n}
          </Tag>
        );
        return warn ? (
          <Tooltip key={s} title={t('proc.warnTip', { n: room.warningRules[s] })}>
            {tag}
          </Tooltip>
        ) : n > 0 ? (
          tag
        ) : (
          <Typography.Text key={s} type="secondary" style={{ fontSize: 12, marginInlineEnd: 6 }}>
            {pick(SIGNAL_LABELS[s])} 0
          </Typography.Text>
        );
      })}
    </Flex>
  );
}

function IrregularitiesCell({ c }: { c: ProctorCandidate }) {
  const { pick } = useI18n();
  if (c.irregularities.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Popover
      title={null}
      content={
        <Flex vertical gap={6} style={{ maxWidth: 320 }}>
          {c.irregularities.map((i) => (
            <div key={i.eventId}>
              <Typography.Text strong>{pick(IRREGULARITY_LABELS[i.kind])}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                {formatClock(i.at)}
                {i.actorName ? ` · ${i.actorName}` : ''}
              </Typography.Text>
              {i.note ? <div>{i.note}</div> : null}
            </div>
          ))}
        </Flex>
      }
    >
      <Tag color="volcano" icon={<FlagOutlined />} style={{ cursor: 'pointer' }}>
        {c.irregularities.length}
      </Tag>
    </Popover>
  );
}

function RemainingCell({ c, clock }: { c: ProctorCandidate; clock: Clock }) {
  const { t } = useI18n();
  if (c.status === 'submitted') {
    const reason =
      c.submitReason === 'proctor'
        ? t('proc.submit.proctor')
        : c.submitReason === 'deadline'
          ? t('proc.submit.deadline')
          : t('proc.submit.candidate');
    return (
      <Typography.Text type="secondary">
        {formatClock(c.submittedAt)} {reason}
      </Typography.Text>
    );
  }
  const left = remainingOf(c, clock);
  if (left === null) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={4}>
      <Typography.Text type={left < 300 ? 'danger' : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {formatDuration(left)}
      </Typography.Text>
      {c.status === 'paused' ? <Tag color="warning">{t('proc.frozen')}</Tag> : null}
      {c.extraMinutes > 0 ? <Tag color="blue">+{c.extraMinutes}′</Tag> : null}
    </Space>
  );
}

function ActionsMenu({
  c,
  onAction,
  children,
}: {
  c: ProctorCandidate;
  onAction: (target: ProctorActionTarget) => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const closed = c.status === 'submitted';
  const items: MenuProps['items'] = [
    {
      key: 'extra',
      icon: <FieldTimeOutlined />,
      disabled: closed,
      label: <span data-testid="proctor-extra-time">{t('proc.act.extra')}</span>,
    },
    c.status === 'paused'
      ? {
          key: 'resume',
          icon: <PlayCircleOutlined />,
          label: <span data-testid="proctor-resume">{t('proc.act.resume')}</span>,
        }
      : {
          key: 'pause',
          icon: <PauseCircleOutlined />,
          disabled: c.status !== 'in_progress',
          label: <span data-testid="proctor-pause">{t('proc.act.pause')}</span>,
        },
    {
      key: 'irregularity',
      icon: <FlagOutlined />,
      label: <span data-testid="proctor-irregularity">{t('proc.act.irregularity')}</span>,
    },
    { type: 'divider' },
    {
      key: 'force',
      icon: <StopOutlined />,
      danger: true,
      disabled: closed || c.status === 'not_started' || c.status === 'identity_confirmed',
      label: <span data-testid="proctor-force-submit">{t('proc.act.force')}</span>,
    },
  ];
  return (
    <Dropdown
      trigger={['click']}
      destroyOnHidden
      menu={{
        items,
        onClick: ({ key }) => onAction({ action: key as ProctorActionTarget['action'], candidate: c }),
      }}
    >
      {children}
    </Dropdown>
  );
}

function seatKey(c: ProctorCandidate): string {
  return c.seatNo === null ? c.attemptId.slice(0, 8) : String(c.seatNo);
}

type EventFilter = 'all' | 'signals' | 'actions' | 'flow';
const SIGNAL_KINDS = new Set(['blur', 'paste', 'fullscreen_exit', 'offline', 'online', 'late_save_refused']);
const ACTION_KINDS = new Set(['extra_time', 'pause', 'resume', 'irregularity', 'force_submit']);

function EventsPanel({ roomId }: { roomId: string }) {
  const { t, pick, lang } = useI18n();
  const qc = useQueryClient();
  const events = useProctorEvents(roomId, qc);
  const [filter, setFilter] = useState<EventFilter>('all');
  const kindLabel = (kind: string) => {
    const l = EVENT_KIND_LABELS[kind];
    return l ? pick(l) : kind;
  };
  const items = useMemo(() => {
    const all = events.data?.items ?? [];
    const keep = (e: ProctorEvent) =>
      filter === 'all' ||
      (filter === 'signals' && SIGNAL_KINDS.has(e.kind)) ||
      (filter === 'actions' && ACTION_KINDS.has(e.kind)) ||
      (filter === 'flow' && !SIGNAL_KINDS.has(e.kind) && !ACTION_KINDS.has(e.kind));
    return all.filter(keep).slice(0, 150);
  }, [events.data, filter]);

  return (
    <Card
      size="small"
      title={t('proc.events')}
      data-testid="proctor-events"
      extra={
        <Select<EventFilter>
          size="small"
          value={filter}
          onChange={setFilter}
          style={{ width: 120 }}
          options={[
            { value: 'all', label: t('proc.ev.all') },
            { value: 'signals', label: t('proc.ev.signals') },
            { value: 'actions', label: t('proc.ev.actions') },
            { value: 'flow', label: t('proc.ev.flow') },
          ]}
        />
      }
    >
      {events.isError && !events.data ? (
        <Alert type="warning" showIcon title={t('proc.eventsFailed')} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('proc.noEvents')} />
      ) : (
        <div style={{ maxHeight: 480, overflowY: 'auto', paddingTop: 8 }}>
          <Timeline
            items={items.map((e) => {
              const detail = eventDetail(e, t, lang);
              const when = eventWhen(e);
              return {
                key: e.id,
                color: eventColor(e.kind),
                content: (
                  <div data-testid="proctor-event" data-kind={e.kind} data-at={when.at}>
                    <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatClock(when.at, true)}
                    </Typography.Text>{' '}
                    {e.seatNo !== null ? <Tag style={{ marginInlineEnd: 4 }}>{e.seatNo}</Tag> : null}
                    <Typography.Text>{e.candidateName}</Typography.Text>{' '}
                    <Typography.Text strong>{kindLabel(e.kind)}</Typography.Text>
                    {detail ? <div style={{ fontSize: 12 }}>{detail}</div> : null}
                    {when.late ? (
                      <div style={{ fontSize: 12 }}>
                        <Typography.Text type="secondary" data-testid="proctor-event-received">
                          {t('proc.ev.receivedAt', { time: formatClock(e.at, true) })}
                        </Typography.Text>
                      </div>
                    ) : null}
                    {e.actorName && e.actorName !== e.candidateName ? (
                      <div style={{ fontSize: 12 }}>
                        <Typography.Text type="secondary">{t('proc.ev.by', { name: e.actorName })}</Typography.Text>
                      </div>
                    ) : null}
                  </div>
                ),
              };
            })}
          />
        </div>
      )}
    </Card>
  );
}

function SeatGrid({
  room,
  clock,
  onAction,
}: {
  room: ProctorRoomLive;
  clock: Clock;
  onAction: (target: ProctorActionTarget) => void;
}) {
  const { pick } = useI18n();
  return (
    <Flex wrap gap={8} data-testid="proctor-seat-grid">
      {room.candidates.map((c) => {
        const seat = seatKey(c);
        const border = c.warnings.length
          ? '#faad14'
          : c.connection === 'offline' && c.status !== 'submitted'
            ? '#f5222d'
            : undefined;
        return (
          <ActionsMenu key={c.attemptId} c={c} onAction={onAction}>
            <Card
              size="small"
              hoverable
              style={{ width: 170, borderColor: border, cursor: 'pointer' }}
              data-testid={`proctor-seat-${seat}`}
            >
              <Flex justify="space-between" align="center">
                <Typography.Text strong style={{ fontSize: 18 }}>
                  {c.seatNo ?? '—'}
                </Typography.Text>
                <Tag color={CANDIDATE_STATUS_COLORS[c.status]} style={{ marginInlineEnd: 0 }}>
                  {pick(CANDIDATE_STATUS_LABELS[c.status])}
                </Tag>
              </Flex>
              <Typography.Text ellipsis style={{ display: 'block' }}>
                {c.name}
              </Typography.Text>
              <Progress
                percent={c.total ? Math.round((c.answered / c.total) * 100) : 0}
                size="small"
                format={() => `${c.answered}/${c.total}`}
              />
              <Flex justify="space-between" align="center">
                <Badge color={CONNECTION_COLORS[dotState(c)]} />
                <Typography.Text style={{ fontSize: 12, fontVariantNumeric: 'tabular-nums' }}>
                  {remainingOf(c, clock) !== null ? formatDuration(remainingOf(c, clock) ?? 0) : ''}
                </Typography.Text>
                {c.warnings.length ? <WarningOutlined style={{ color: '#faad14' }} /> : <span />}
              </Flex>
            </Card>
          </ActionsMenu>
        );
      })}
    </Flex>
  );
}

/** The live console of one room: polled every 3 s while the tab is visible. */
export default function ProctorRoomPage({ roomId }: { roomId: string }) {
  const { t, pick, lang } = useI18n();
  const room = useProctorRoom(roomId);
  const now = useNow(1000);
  const visible = usePageVisible();
  const [view, setView] = useState<'table' | 'grid'>('table');
  const [target, setTarget] = useState<ProctorActionTarget | null>(null);

  const data = room.data;
  const clock = useMemo<Clock>(() => {
    if (!data) return { serverNow: now, sinceFetch: 0 };
    const offset = Date.parse(data.serverTime) - room.dataUpdatedAt;
    return { serverNow: now + offset, sinceFetch: Math.max(0, (now - room.dataUpdatedAt) / 1000) };
  }, [data, room.dataUpdatedAt, now]);

  if (room.isPending) return <PageLoading />;
  if (!data) return <QueryError error={room.error} onRetry={() => void room.refetch()} />;

  const s = data.summary;
  const startsIn = (Date.parse(data.room.startsAt) - clock.serverNow) / 1000;
  const endsIn = (Date.parse(data.room.endsAt) - clock.serverNow) / 1000;
  const rules = data.warningRules;
  const ruleText = SIGNALS.filter((k) => rules[k] > 0)
    .map((k) => t('proc.ruleItem', { signal: pick(SIGNAL_LABELS[k]), n: rules[k] }))
    .join(' · ');

  return (
    <Page
      title={`${t('proc.roomTitle')} · ${data.room.roomName}`}
      testId="proctor-room-page"
      extra={
        <>
          <Link to="/proctoring">
            <Button icon={<ArrowLeftOutlined />}>{t('proc.backToRooms')}</Button>
          </Link>
          <Button
            icon={<PauseCircleOutlined />}
            onClick={() => setTarget({ action: 'pauseRoom' })}
            disabled={s.inProgress === 0}
            data-testid="proctor-pause-room"
          >
            {t('proc.act.pauseRoom')}
          </Button>
          <Button
            icon={<PlayCircleOutlined />}
            onClick={() => setTarget({ action: 'resumeRoom' })}
            disabled={s.paused === 0}
            data-testid="proctor-resume-room"
          >
            {t('proc.act.resumeRoom')}
          </Button>
        </>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">
          {data.room.planName} · {data.room.sessionName} · {formatClock(data.room.startsAt)}–
          {formatClock(data.room.endsAt)}
          {data.room.location ? ` · ${data.room.location}` : ''}
        </Typography.Text>
        {room.isError ? (
          <Alert type="warning" showIcon title={t('proc.pollFailed')} description={String(room.error.message)} />
        ) : null}
        {!visible ? <Alert type="info" showIcon title={t('proc.pollPaused')} /> : null}
        <Card size="small" data-testid="proctor-summary">
          <Flex wrap gap={32} align="center">
            <Statistic title={t('proc.sum.present')} value={s.present} suffix={`/ ${s.candidates}`} />
            <Statistic title={t('proc.sum.inProgress')} value={s.inProgress} />
            <Statistic
              title={t('proc.sum.paused')}
              value={s.paused}
              styles={{ content: s.paused ? { color: '#fa8c16' } : {} }}
            />
            <Statistic title={t('proc.sum.submitted')} value={s.submitted} />
            <Statistic
              title={t('proc.sum.unstable')}
              value={s.unstable}
              styles={{ content: s.unstable ? { color: '#fa8c16' } : {} }}
            />
            <Statistic
              title={t('proc.sum.offline')}
              value={s.offline}
              styles={{ content: s.offline ? { color: '#f5222d' } : {} }}
            />
            <Statistic
              title={t('proc.sum.warnings')}
              value={s.withWarnings}
              styles={{ content: s.withWarnings ? { color: '#faad14' } : {} }}
            />
            <Statistic
              title={startsIn > 0 ? t('proc.sum.startsIn') : t('proc.sum.timeLeft')}
              value={startsIn > 0 ? formatDuration(startsIn) : endsIn > 0 ? formatDuration(endsIn) : t('proc.sum.over')}
              styles={{ content: { fontVariantNumeric: 'tabular-nums' } }}
            />
          </Flex>
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12 }}>
            {ruleText ? t('proc.rules', { rules: ruleText }) : t('proc.noRules')}
          </Typography.Text>
        </Card>
        <Row gutter={[12, 12]}>
          <Col xs={24} xxxl={17}>
            <Card
              size="small"
              title={t('proc.candidates')}
              extra={
                <Segmented<'table' | 'grid'>
                  size="small"
                  value={view}
                  onChange={setView}
                  options={[
                    { value: 'table', label: t('proc.view.table') },
                    { value: 'grid', label: t('proc.view.grid') },
                  ]}
                  data-testid="proctor-view"
                />
              }
            >
              {view === 'grid' ? (
                <SeatGrid room={data} clock={clock} onAction={setTarget} />
              ) : (
                <Table<ProctorCandidate>
                  size="small"
                  rowKey="attemptId"
                  dataSource={data.candidates}
                  pagination={false}
                  scroll={{ x: 1200 }}
                  locale={{ emptyText: <Empty description={t('proc.noCandidates')} /> }}
                  onRow={(c) =>
                    ({ 'data-testid': `proctor-room-row-${seatKey(c)}` }) as React.HTMLAttributes<HTMLElement>
                  }
                  data-testid="proctor-room-table"
                  columns={[
                    { title: t('proc.col.seat'), dataIndex: 'seatNo', width: 60, fixed: 'start' },
                    {
                      title: t('proc.col.name'),
                      key: 'name',
                      width: 150,
                      fixed: 'start',
                      render: (_: unknown, c) => (
                        <Space orientation="vertical" size={0}>
                          <Typography.Text>{c.name}</Typography.Text>
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {c.ticketNo ?? '—'}
                          </Typography.Text>
                        </Space>
                      ),
                    },
                    {
                      title: t('proc.col.status'),
                      dataIndex: 'status',
                      width: 100,
                      render: (_: unknown, c) => (
                        <Tag color={CANDIDATE_STATUS_COLORS[c.status]} data-testid={`proctor-status-${seatKey(c)}`}>
                          {pick(CANDIDATE_STATUS_LABELS[c.status])}
                        </Tag>
                      ),
                    },
                    {
                      title: t('proc.col.progress'),
                      key: 'progress',
                      width: 130,
                      render: (_: unknown, c) => <ProgressCell c={c} seat={seatKey(c)} />,
                    },
                    {
                      title: t('proc.col.lastContact'),
                      key: 'contact',
                      width: 120,
                      render: (_: unknown, c) => <ConnectionDot c={c} clock={clock} seat={seatKey(c)} />,
                    },
                    {
                      title: t('proc.col.timeLeft'),
                      key: 'left',
                      width: 150,
                      render: (_: unknown, c) => <RemainingCell c={c} clock={clock} />,
                    },
                    {
                      title: t('proc.col.signals'),
                      key: 'signals',
                      width: 230,
                      render: (_: unknown, c) => <SignalsCell c={c} room={data} />,
                    },
                    {
                      title: t('proc.col.irregularities'),
                      key: 'irr',
                      width: 90,
                      render: (_: unknown, c) => <IrregularitiesCell c={c} />,
                    },
                    {
                      title: t('common.actions'),
                      key: 'actions',
                      width: 100,
                      fixed: 'end',
                      render: (_: unknown, c) => (
                        <ActionsMenu c={c} onAction={setTarget}>
                          <Button size="small" data-testid={`proctor-actions-${seatKey(c)}`}>
                            {t('proc.actions')} <DownOutlined />
                          </Button>
                        </ActionsMenu>
                      ),
                    },
                  ]}
                />
              )}
              <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12 }}>
                {t('proc.legend', {
                  online: pick(CONNECTION_LABELS.online),
                  unstable: pick(CONNECTION_LABELS.unstable),
                  offline: pick(CONNECTION_LABELS.offline),
                })}{' '}
                · {t('proc.updated', { ago: formatAgo(clock.sinceFetch, lang) })}
              </Typography.Text>
            </Card>
          </Col>
          <Col xs={24} xxxl={7}>
            <EventsPanel roomId={roomId} />
          </Col>
        </Row>
      </Flex>
      {target ? <ProctorActionModal roomId={roomId} target={target} onClose={() => setTarget(null)} /> : null}
    </Page>
  );
}
