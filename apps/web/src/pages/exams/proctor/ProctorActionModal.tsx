import { ExclamationCircleOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Form, Input, InputNumber, Modal, Popconfirm, Select } from 'antd';
import { errorMessage } from '../../../api/client';
import {
  forceSubmit,
  grantExtraTime,
  type IrregularityKind,
  type ProctorCandidate,
  pauseAttempt,
  pauseRoom,
  recordIrregularity,
  resumeAttempt,
  resumeRoom,
  staffKeys,
} from '../../../api/exam-staff';
import { type MessageKey, useI18n } from '../../../i18n';
import { tid } from '../../../lib/testid';
import { IRREGULARITY_KINDS, IRREGULARITY_LABELS } from './proctorUtil';

export type ProctorAction = 'extra' | 'pause' | 'resume' | 'irregularity' | 'force' | 'pauseRoom' | 'resumeRoom';

export interface ProctorActionTarget {
  action: ProctorAction;
  /** The candidate (absent for the room-wide actions). */
  candidate?: ProctorCandidate;
}

interface ActionForm {
  minutes?: number;
  reason?: string;
  kind?: IrregularityKind;
  note?: string;
}

const TITLES: Record<ProctorAction, MessageKey> = {
  extra: 'proc.act.extra',
  pause: 'proc.act.pause',
  resume: 'proc.act.resume',
  irregularity: 'proc.act.irregularity',
  force: 'proc.act.force',
  pauseRoom: 'proc.act.pauseRoom',
  resumeRoom: 'proc.act.resumeRoom',
};

/** One proctor action with its required reason; every action is audited by the server. */
export function ProctorActionModal({
  roomId,
  target,
  onClose,
}: {
  roomId: string;
  target: ProctorActionTarget;
  onClose: () => void;
}) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<ActionForm>();
  const { action, candidate } = target;
  const kind = Form.useWatch('kind', form);

  const run = useMutation({
    mutationFn: async (v: ActionForm): Promise<string> => {
      const reason = (v.reason ?? '').trim();
      const attemptId = candidate?.attemptId ?? '';
      switch (action) {
        case 'extra':
          await grantExtraTime(attemptId, { minutes: v.minutes ?? 5, reason });
          return t('proc.done.extra', { name: candidate?.name ?? '', n: v.minutes ?? 5 });
        case 'pause':
          await pauseAttempt(attemptId, reason);
          return t('proc.done.pause', { name: candidate?.name ?? '' });
        case 'resume':
          await resumeAttempt(attemptId, reason);
          return t('proc.done.resume', { name: candidate?.name ?? '' });
        case 'irregularity':
          await recordIrregularity(attemptId, { kind: v.kind ?? 'other', note: (v.note ?? '').trim() });
          return t('proc.done.irregularity', { name: candidate?.name ?? '' });
        case 'force':
          await forceSubmit(attemptId, reason);
          return t('proc.done.force', { name: candidate?.name ?? '' });
        case 'pauseRoom': {
          const r = await pauseRoom(roomId, reason);
          return t('proc.done.pauseRoom', { changed: r.changed, skipped: r.skipped });
        }
        case 'resumeRoom': {
          const r = await resumeRoom(roomId, reason);
          return t('proc.done.resumeRoom', { changed: r.changed, skipped: r.skipped });
        }
      }
    },
    onSuccess: (text) => {
      void message.success(text);
      void qc.invalidateQueries({ queryKey: staffKeys.room(roomId) });
      void qc.invalidateQueries({ queryKey: staffKeys.events(roomId) });
      onClose();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  const needsReason = action !== 'irregularity';
  const danger = action === 'force';
  const reasonRules = [
    { required: true, whitespace: true, message: t('proc.reasonRequired') },
    { min: 2, message: t('validation.tooShort', { min: 2 }) },
    { max: 500, message: t('validation.tooLong', { max: 500 }) },
  ];

  const okButton = danger ? (
    <Popconfirm
      key="ok"
      title={t('proc.force.confirmTitle')}
      description={t('proc.force.confirmText', { name: candidate?.name ?? '' })}
      icon={<ExclamationCircleOutlined style={{ color: 'red' }} />}
      okText={t('proc.force.confirmOk')}
      okButtonProps={{ danger: true, ...tid('proctor-force-confirm') }}
      cancelText={t('common.cancel')}
      onConfirm={() => form.submit()}
    >
      <Button danger type="primary" loading={run.isPending} data-testid="proctor-action-ok">
        {t('proc.act.force')}
      </Button>
    </Popconfirm>
  ) : (
    <Button
      key="ok"
      type="primary"
      loading={run.isPending}
      onClick={() => form.submit()}
      data-testid="proctor-action-ok"
    >
      {t(TITLES[action])}
    </Button>
  );

  return (
    <Modal
      open
      title={t(TITLES[action])}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        okButton,
      ]}
      data-testid="proctor-action-modal"
    >
      {candidate ? (
        <Descriptions
          size="small"
          column={2}
          style={{ marginBottom: 16 }}
          items={[
            { key: 'name', label: t('proc.col.name'), children: candidate.name },
            { key: 'seat', label: t('proc.col.seat'), children: candidate.seatNo ?? '—' },
            { key: 'ticket', label: t('proc.col.ticket'), children: candidate.ticketNo ?? '—' },
            { key: 'extra', label: t('proc.extraSoFar'), children: t('proc.minutes', { n: candidate.extraMinutes }) },
          ]}
        />
      ) : (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t(action === 'resumeRoom' ? 'proc.roomHint.resume' : 'proc.roomHint.pause')}
        />
      )}
      {danger ? <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('proc.force.warning')} /> : null}
      <Form<ActionForm>
        form={form}
        layout="vertical"
        initialValues={{ minutes: 10, kind: 'other' }}
        onFinish={(v) => run.mutate(v)}
        data-testid="proctor-action-form"
      >
        {action === 'extra' ? (
          <Form.Item
            name="minutes"
            label={t('proc.extraMinutes')}
            rules={[{ required: true, message: t('proc.extraMinutesRequired') }]}
            extra={t('proc.extraHint')}
          >
            <InputNumber min={1} max={60} precision={0} suffix={t('proc.minuteUnit')} data-testid="proctor-minutes" />
          </Form.Item>
        ) : null}
        {action === 'irregularity' ? (
          <>
            <Form.Item name="kind" label={t('proc.irrKind')} rules={[{ required: true }]}>
              <Select
                options={IRREGULARITY_KINDS.map((k) => ({ value: k, label: pick(IRREGULARITY_LABELS[k]) }))}
                data-testid="proctor-irregularity-kind"
              />
            </Form.Item>
            <Form.Item
              name="note"
              label={t('proc.irrNote')}
              rules={[
                { required: kind === 'other', whitespace: true, message: t('proc.irrNoteRequired') },
                { max: 1000, message: t('validation.tooLong', { max: 1000 }) },
              ]}
              extra={t('proc.irrHint')}
            >
              <Input.TextArea rows={3} maxLength={1000} showCount data-testid="proctor-irregularity-note" />
            </Form.Item>
          </>
        ) : null}
        {needsReason ? (
          <Form.Item name="reason" label={t('proc.reason')} rules={reasonRules} extra={t('proc.reasonHint')}>
            <Input.TextArea rows={2} maxLength={500} showCount data-testid="proctor-reason" />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
