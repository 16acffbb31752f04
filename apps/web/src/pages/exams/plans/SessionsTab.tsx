import {
  DeleteOutlined,
  DownloadOutlined,
  EditOutlined,
  PlusOutlined,
  ReloadOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ApiErrorDetail } from '@crossskill/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { ApiError, errorMessage } from '../../../api/client';
import {
  type AssignSeatsResult,
  assignSeats,
  createSession,
  deleteSession,
  downloadTicketsZip,
  type ExamPlan,
  type ExamRoom,
  type ExamSession,
  planKeys,
  updateSession,
  useExamStaff,
  useSessions,
} from '../../../api/exam-plans';
import { isJobDone, useJob } from '../../../api/questionbank';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { QueryError } from '../../../components/QueryError';
import { useI18n } from '../../../i18n';
import { settle, tid } from '../../../lib/testid';
import { JobProgress } from '../../questionbank/JobProgress';
import { detailPath, examSpan, examTime, isoToPicker, pickerToIso } from './planUtil';

const MIN_DURATION = 90;
const PER_PROCTOR = 15;
const MIN_PROCTORS_PER_ROOM = 2;

interface RoomForm {
  id?: string;
  name: string;
  location?: string;
  seats: number;
  proctorIds: string[];
}
interface SessionForm {
  name: string;
  startsAt: Dayjs | null;
  durationMinutes: number;
  rooms: RoomForm[];
}

/** Proctors a room needs (003 §1.9.3): at least 2, and at least one per 15 seats. */
export function proctorsNeeded(seats: number): number {
  return Math.max(MIN_PROCTORS_PER_ROOM, Math.ceil((seats || 0) / PER_PROCTOR));
}

/** The server's rule violations sorted to where they belong: a room, the duration, or the session. */
function sortViolations(details: ApiErrorDetail[]) {
  const rooms = new Map<number, string[]>();
  const duration: string[] = [];
  const general: string[] = [];
  for (const d of details) {
    const path = detailPath(d);
    const roomIdx = path[0] === 'rooms' && typeof path[1] === 'number' ? path[1] : null;
    if (roomIdx !== null) rooms.set(roomIdx, [...(rooms.get(roomIdx) ?? []), d.message]);
    else if (path[0] === 'durationMinutes' || d.code === 'MIN_DURATION') duration.push(d.message);
    else general.push(d.message);
  }
  return { rooms, duration, general };
}

function SessionModal({
  plan,
  session,
  onClose,
}: {
  plan: ExamPlan;
  session: ExamSession | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<SessionForm>();
  const staff = useExamStaff(plan.orgId);
  const proctorOptions = (staff.data?.items ?? [])
    .filter((s) => s.roles.includes('proctor'))
    .map((s) => ({ value: s.userId, label: `${s.name}${s.mobileMasked ? `（${s.mobileMasked}）` : ''}` }));
  const [violations, setViolations] = useState<ReturnType<typeof sortViolations> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const rooms = Form.useWatch('rooms', form) ?? [];

  const save = useMutation({
    mutationFn: (v: SessionForm) => {
      const body = {
        name: v.name.trim(),
        startsAt: v.startsAt ? pickerToIso(v.startsAt) : '',
        durationMinutes: v.durationMinutes,
        rooms: v.rooms.map((r) => ({
          ...(r.id ? { id: r.id } : {}),
          name: r.name.trim(),
          location: r.location?.trim() ? r.location.trim() : null,
          seats: r.seats,
          proctorIds: r.proctorIds ?? [],
        })),
      };
      return session ? updateSession(session.id, body) : createSession(plan.id, body);
    },
    onMutate: () => {
      setViolations(null);
      setError(null);
    },
    onSuccess: () => {
      void message.success(session ? t('common.saved') : t('ep.ses.created'));
      void qc.invalidateQueries({ queryKey: planKeys.all });
      onClose();
    },
    onError: (e) => {
      if (e instanceof ApiError && e.code === 'EXAM_RULES_VIOLATED') {
        const v = sortViolations(e.details);
        setViolations(v);
        form.setFields([{ name: 'durationMinutes', errors: v.duration }]);
        setError(v.general.length > 0 ? `${t('ep.ses.rulesViolated')}：${v.general.join('；')}` : null);
        return;
      }
      if (e instanceof ApiError && e.details.length > 0) {
        const fields = e.details.map((d) => ({ name: detailPath(d), errors: [d.message] }));
        try {
          form.setFields(fields.filter((f) => f.name.length > 0) as Parameters<typeof form.setFields>[0]);
        } catch {
          // a path the form does not have: the alert below names it
        }
      }
      setError(errorMessage(e));
    },
  });

  const initial: SessionForm = session
    ? {
        name: session.name,
        startsAt: isoToPicker(session.startsAt),
        durationMinutes: session.durationMinutes,
        rooms: session.rooms.map((r) => ({
          id: r.id,
          name: r.name,
          location: r.location ?? '',
          seats: r.seats,
          proctorIds: r.proctors.map((p) => p.userId),
        })),
      }
    : {
        name: t('ep.ses.defaultName'),
        startsAt: null,
        durationMinutes: 120,
        rooms: [{ name: t('ep.ses.defaultRoom'), location: '', seats: 30, proctorIds: [] }],
      };

  return (
    <Modal
      open
      width={820}
      title={session ? t('ep.ses.edit') : t('ep.ses.create')}
      okText={session ? t('common.save') : t('common.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okButtonProps={tid('session-ok')}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('ep.ses.rulesHint')}</Typography.Paragraph>
      <Form<SessionForm>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => save.mutate(v)}
        onValuesChange={() => {
          if (violations) setViolations(null);
        }}
        data-testid="session-form"
      >
        <Flex gap={12} wrap>
          <Form.Item
            name="name"
            label={t('ep.ses.name')}
            rules={[{ required: true, whitespace: true, message: t('ep.ses.nameRequired') }, { max: 60 }]}
            style={{ flex: '1 1 200px' }}
          >
            <Input data-testid="session-name" />
          </Form.Item>
          <Form.Item
            name="startsAt"
            label={t('ep.ses.startsAt')}
            tooltip={t('ep.ses.tzHint')}
            rules={[{ required: true, message: t('ep.ses.startsAtRequired') }]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" data-testid="session-starts" />
          </Form.Item>
          <Form.Item
            name="durationMinutes"
            label={t('ep.ses.duration')}
            rules={[
              { required: true, message: t('ep.ses.durationRequired') },
              {
                validator: async (_r, v: number | null) => {
                  if (typeof v === 'number' && v < MIN_DURATION) throw new Error(t('ep.ses.durationMin'));
                },
              },
            ]}
          >
            <InputNumber min={1} max={600} precision={0} suffix={t('ep.minutes')} data-testid="session-duration" />
          </Form.Item>
        </Flex>
        <Form.List name="rooms">
          {(fields, { add, remove }) => (
            <Flex vertical gap={12}>
              {fields.map((f) => {
                const room = rooms[f.name];
                const seats = room?.seats ?? 0;
                const chosen = room?.proctorIds?.length ?? 0;
                const needed = proctorsNeeded(seats);
                const serverRoom = violations?.rooms.get(f.name) ?? [];
                return (
                  <Card
                    key={f.key}
                    size="small"
                    data-testid={`session-room-${f.name}`}
                    title={t('ep.ses.roomN', { n: f.name + 1 })}
                    extra={
                      fields.length > 1 ? (
                        <Button
                          type="text"
                          danger
                          size="small"
                          icon={<DeleteOutlined />}
                          onClick={() => remove(f.name)}
                          aria-label={t('ep.ses.removeRoom')}
                        />
                      ) : null
                    }
                  >
                    <Flex gap={12} wrap>
                      <Form.Item
                        name={[f.name, 'name']}
                        label={t('ep.ses.roomName')}
                        rules={[{ required: true, whitespace: true, message: t('ep.ses.roomNameRequired') }]}
                        style={{ flex: '1 1 140px', marginBottom: 8 }}
                      >
                        <Input data-testid="room-name" />
                      </Form.Item>
                      <Form.Item
                        name={[f.name, 'location']}
                        label={t('ep.ses.location')}
                        style={{ flex: '2 1 200px', marginBottom: 8 }}
                      >
                        <Input data-testid="room-location" />
                      </Form.Item>
                      <Form.Item
                        name={[f.name, 'seats']}
                        label={t('ep.ses.seats')}
                        rules={[{ required: true, message: t('ep.ses.seatsRequired') }]}
                        style={{ marginBottom: 8 }}
                      >
                        <InputNumber min={1} max={500} precision={0} data-testid="room-seats" />
                      </Form.Item>
                    </Flex>
                    <Form.Item
                      name={[f.name, 'proctorIds']}
                      label={t('ep.ses.proctors')}
                      extra={t('ep.ses.proctorsNeeded', { n: needed, seats })}
                      validateStatus={chosen < needed || serverRoom.length > 0 ? 'warning' : undefined}
                      style={{ marginBottom: 4 }}
                    >
                      <Select
                        mode="multiple"
                        loading={staff.isLoading}
                        options={proctorOptions}
                        showSearch={{ optionFilterProp: 'label' }}
                        placeholder={t('ep.ses.pickProctors')}
                        notFoundContent={t('ep.ses.noProctors')}
                        data-testid="room-proctors"
                      />
                    </Form.Item>
                    {chosen < needed ? (
                      <Typography.Text type="warning" data-testid="room-rule-hint">
                        {chosen < MIN_PROCTORS_PER_ROOM
                          ? t('ep.ses.rulePerRoom')
                          : t('ep.ses.ruleRatio', { seats, n: needed })}
                      </Typography.Text>
                    ) : null}
                    {serverRoom.length > 0 ? (
                      <Alert
                        type="error"
                        showIcon
                        style={{ marginTop: 8 }}
                        data-testid="room-rule-violation"
                        title={
                          <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                            {serverRoom.map((m) => (
                              <li key={m}>{m}</li>
                            ))}
                          </ul>
                        }
                      />
                    ) : null}
                  </Card>
                );
              })}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() =>
                  add({
                    name: t('ep.ses.defaultRoomN', { n: fields.length + 1 }),
                    location: '',
                    seats: 30,
                    proctorIds: [],
                  })
                }
                data-testid="session-add-room"
              >
                {t('ep.ses.addRoom')}
              </Button>
            </Flex>
          )}
        </Form.List>
        <div style={{ height: 12 }} />
        {violations &&
        violations.general.length === 0 &&
        violations.rooms.size === 0 &&
        violations.duration.length === 0 ? (
          <FormErrorAlert message={t('ep.ses.rulesViolated')} testId="session-error" />
        ) : null}
        <FormErrorAlert message={error} testId="session-error" />
      </Form>
    </Modal>
  );
}

function AssignSeatsModal({ session, onClose }: { session: ExamSession; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId);
  const done = isJobDone(job.data);
  const start = useMutation({
    mutationFn: () => assignSeats(session.id),
    onSuccess: (r) => setJobId(r.jobId),
  });
  const result = job.data?.status === 'succeeded' ? (job.data.result as AssignSeatsResult | null) : null;
  useEffect(() => {
    if (done) void qc.invalidateQueries({ queryKey: planKeys.all });
  }, [done, qc]);
  const zip = useMutation({ mutationFn: () => downloadTicketsZip(session.id, `${session.name}-准考证.zip`) });

  return (
    <Modal
      open
      title={t('ep.ses.assignTitle', { name: session.name })}
      onCancel={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>{t('ep.close')}</Button>
          {done && result ? (
            <Button
              icon={<DownloadOutlined />}
              onClick={() => zip.mutate()}
              loading={zip.isPending}
              data-testid="tickets-zip-after"
            >
              {t('ep.ses.ticketsZip')}
            </Button>
          ) : null}
          {!jobId ? (
            <Button
              type="primary"
              onClick={() => start.mutate()}
              loading={start.isPending}
              data-testid="assign-seats-start"
            >
              {t('ep.ses.assignStart')}
            </Button>
          ) : null}
        </Space>
      }
      destroyOnHidden
    >
      <Typography.Paragraph>{t('ep.ses.assignIntro')}</Typography.Paragraph>
      {start.isError ? (
        <Alert type="error" showIcon title={errorMessage(start.error)} data-testid="assign-error" />
      ) : null}
      {jobId ? <JobProgress job={job.data} testId="assign-seats-progress" /> : null}
      {job.data?.status === 'failed' ? (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 8 }}
          title={job.data.error?.message ?? t('ep.ses.assignFailed')}
          description={job.data.error?.details?.map((d) => d.message).join('；')}
          data-testid="assign-error"
        />
      ) : null}
      {result ? (
        <Alert
          type={result.unplaced > 0 ? 'warning' : 'success'}
          showIcon
          style={{ marginTop: 8 }}
          data-testid="assign-result"
          title={t('ep.ses.assignDone', { placed: result.placed, attempts: result.attempts })}
          description={result.unplaced > 0 ? t('ep.ses.assignUnplaced', { n: result.unplaced }) : undefined}
        />
      ) : null}
      {zip.isError ? <Alert type="error" showIcon title={errorMessage(zip.error)} style={{ marginTop: 8 }} /> : null}
    </Modal>
  );
}

/** 场次与考场: sessions with rooms and proctors; seats, papers and admission tickets. */
export default function SessionsTab({ plan, isAdmin }: { plan: ExamPlan; isAdmin: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const sessions = useSessions(plan.id);
  const [editing, setEditing] = useState<{ session: ExamSession | null } | null>(null);
  const [assigning, setAssigning] = useState<ExamSession | null>(null);
  const [collapsed, setCollapsed] = useState<string[]>([]);
  const remove = useMutation({
    mutationFn: (s: ExamSession) => deleteSession(s.id),
    onSuccess: () => {
      void message.success(t('ep.ses.deleted'));
      void qc.invalidateQueries({ queryKey: planKeys.all });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const zip = useMutation({
    mutationFn: (s: ExamSession) => downloadTicketsZip(s.id, `${s.name}-准考证.zip`),
    onError: (e) => void message.error(errorMessage(e)),
  });

  if (sessions.isError) return <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} />;

  return (
    <Flex vertical gap={12} data-testid="sessions-tab">
      <Flex gap={8} justify="space-between" wrap>
        <Typography.Text type="secondary">{t('ep.ses.intro')}</Typography.Text>
        <Space>
          <Button icon={<ReloadOutlined />} onClick={() => void sessions.refetch()}>
            {t('common.refresh')}
          </Button>
          {isAdmin && plan.status !== 'finished' ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing({ session: null })}
              data-testid="session-create"
            >
              {t('ep.ses.create')}
            </Button>
          ) : null}
        </Space>
      </Flex>
      {!isAdmin ? <Alert type="info" showIcon title={t('ep.ses.adminOnly')} /> : null}
      <Table<ExamSession>
        rowKey="id"
        loading={sessions.isFetching}
        dataSource={sessions.data?.items ?? []}
        pagination={false}
        scroll={{ x: 1000 }}
        locale={{ emptyText: <Empty description={t('ep.ses.none')} /> }}
        data-testid="sessions-table"
        onRow={(r) => ({ 'data-testid': `session-row-${r.name}` }) as React.HTMLAttributes<HTMLElement>}
        expandable={{
          expandedRowKeys: (sessions.data?.items ?? []).map((x) => x.id).filter((id) => !collapsed.includes(id)),
          onExpand: (open, s) => setCollapsed((c) => (open ? c.filter((id) => id !== s.id) : [...c, s.id])),
          expandedRowRender: (s) => (
            <Table<ExamRoom>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={s.rooms}
              data-testid="session-rooms"
              columns={[
                { title: t('ep.ses.roomName'), dataIndex: 'name', width: 140 },
                { title: t('ep.ses.location'), dataIndex: 'location', render: (v: string | null) => v ?? '—' },
                {
                  title: t('ep.ses.seatsPlaced'),
                  key: 'seats',
                  width: 120,
                  align: 'right',
                  render: (_: unknown, r) => `${r.placed} / ${r.seats}`,
                },
                {
                  title: t('ep.ses.proctors'),
                  key: 'proctors',
                  render: (_: unknown, r) => (
                    <Space size={4} wrap>
                      {r.proctors.map((p) => (
                        <Tag key={p.userId} icon={<TeamOutlined />}>
                          {p.name}
                        </Tag>
                      ))}
                    </Space>
                  ),
                },
              ]}
            />
          ),
        }}
        columns={[
          { title: t('ep.ses.name'), dataIndex: 'name' },
          {
            title: t('ep.ses.time'),
            key: 'time',
            width: 240,
            render: (_: unknown, s) => (
              <span data-testid="session-time" title={examTime(s.startsAt, true)}>
                {examSpan(s.startsAt, s.durationMinutes)}
              </span>
            ),
          },
          {
            title: t('ep.ses.duration'),
            dataIndex: 'durationMinutes',
            width: 100,
            align: 'right',
            render: (v: number) => t('ep.minutesN', { n: v }),
          },
          {
            title: t('ep.ses.rooms'),
            key: 'rooms',
            width: 80,
            align: 'right',
            render: (_: unknown, s) => s.rooms.length,
          },
          {
            title: t('ep.ses.seatsPlaced'),
            key: 'placed',
            width: 110,
            align: 'right',
            render: (_: unknown, s) => <span data-testid="session-placed">{`${s.placed} / ${s.totalSeats}`}</span>,
          },
          {
            title: t('ep.statusCol'),
            key: 'status',
            width: 100,
            render: (_: unknown, s) =>
              s.closedAt ? (
                <Tag>{t('ep.ses.closed')}</Tag>
              ) : s.started ? (
                <Tag color="processing">{t('ep.ses.started')}</Tag>
              ) : (
                <Tag color="blue">{t('ep.ses.upcoming')}</Tag>
              ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 330,
            fixed: 'right',
            render: (_: unknown, s) => (
              <Space size={0} wrap>
                {isAdmin && !s.started ? (
                  <Button
                    type="link"
                    size="small"
                    icon={<EditOutlined />}
                    onClick={() => setEditing({ session: s })}
                    data-testid={`session-edit-${s.name}`}
                  >
                    {t('common.edit')}
                  </Button>
                ) : null}
                {isAdmin && !s.started ? (
                  <Button type="link" size="small" onClick={() => setAssigning(s)} data-testid="assign-seats">
                    {t('ep.ses.assign')}
                  </Button>
                ) : null}
                <Button
                  type="link"
                  size="small"
                  icon={<DownloadOutlined />}
                  disabled={s.placed === 0}
                  loading={zip.isPending && zip.variables?.id === s.id}
                  onClick={() => zip.mutate(s)}
                  data-testid="tickets-zip"
                >
                  {t('ep.ses.ticketsZip')}
                </Button>
                {isAdmin && !s.started && s.placed === 0 ? (
                  <Popconfirm
                    title={t('ep.ses.deleteConfirm', { name: s.name })}
                    onConfirm={() => settle(remove.mutateAsync(s))}
                    okButtonProps={{ danger: true }}
                  >
                    <Button type="link" size="small" danger icon={<DeleteOutlined />}>
                      {t('ep.delete')}
                    </Button>
                  </Popconfirm>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {sessions.data && sessions.data.items.length > 0 ? (
        <Descriptions size="small" column={3}>
          <Descriptions.Item label={t('ep.ses.totalSeats')}>
            {sessions.data.items.reduce((s, x) => s + x.totalSeats, 0)}
          </Descriptions.Item>
          <Descriptions.Item label={t('ep.placed')}>
            {sessions.data.items.reduce((s, x) => s + x.placed, 0)}
          </Descriptions.Item>
          <Descriptions.Item label={t('ep.approvedUnplaced')}>
            {Math.max(0, plan.counts.approved - plan.counts.placed)}
          </Descriptions.Item>
        </Descriptions>
      ) : null}
      {editing ? <SessionModal plan={plan} session={editing.session} onClose={() => setEditing(null)} /> : null}
      {assigning ? <AssignSeatsModal session={assigning} onClose={() => setAssigning(null)} /> : null}
    </Flex>
  );
}
