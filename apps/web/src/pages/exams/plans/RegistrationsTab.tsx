import { DownloadOutlined, FileExcelOutlined, ReloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, Modal, Segmented, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../api/client';
import {
  downloadTicket,
  type ExamPlan,
  exportRegistrations,
  overrideRegistration,
  planKeys,
  type RegistrationStatus,
  type StaffRegistration,
  useRegistrations,
} from '../../../api/exam-plans';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { QueryError } from '../../../components/QueryError';
import { useI18n } from '../../../i18n';
import { applyServerErrors } from '../../../lib/forms';
import { tid } from '../../../lib/testid';
import { examTime, missingReasons, RegistrationStatusTag } from './planUtil';

function OverrideModal({ registration, onClose }: { registration: StaffRegistration; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (v: { reason: string }) => overrideRegistration(registration.id, v.reason.trim()),
    onSuccess: () => {
      void message.success(t('ep.rg.overridden'));
      void qc.invalidateQueries({ queryKey: planKeys.all });
      onClose();
    },
    onError: (e) => setError(applyServerErrors(form, e)),
  });
  const reasons = missingReasons(registration.eligibility);
  return (
    <Modal
      open
      title={t('ep.rg.overrideTitle', { name: registration.candidateName })}
      okText={t('ep.rg.override')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okButtonProps={tid('override-ok')}
      destroyOnHidden
    >
      {reasons.length > 0 ? (
        <>
          <Typography.Text type="secondary">{t('ep.rg.missing')}</Typography.Text>
          <ul style={{ marginTop: 4 }}>
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      ) : null}
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} data-testid="override-form">
        <Form.Item
          name="reason"
          label={t('ep.rg.reason')}
          extra={t('ep.rg.reasonHint')}
          rules={[
            { required: true, whitespace: true, message: t('ep.rg.reasonRequired') },
            { min: 5, message: t('ep.rg.reasonMin') },
            { max: 500 },
          ]}
        >
          <Input.TextArea rows={3} data-testid="override-reason" />
        </Form.Item>
        <FormErrorAlert message={error} testId="override-error" />
      </Form>
    </Modal>
  );
}

type Filter = 'all' | RegistrationStatus;

/** 报名审核: every registration with its eligibility reasons, overrides, seats and tickets; Excel export. */
export default function RegistrationsTab({ plan, isAdmin }: { plan: ExamPlan; isAdmin: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<Filter>('all');
  const status = filter === 'all' ? undefined : filter;
  const regs = useRegistrations(plan.id, status);
  const [overriding, setOverriding] = useState<StaffRegistration | null>(null);
  const exportXlsx = useMutation({
    mutationFn: () => exportRegistrations(plan.id, `${plan.name}-报名.xlsx`, status),
    onError: (e) => void message.error(errorMessage(e)),
  });
  const ticket = useMutation({
    mutationFn: (r: StaffRegistration) => downloadTicket(r.id, `准考证-${r.ticketNo ?? r.candidateName}.pdf`),
    onError: (e) => void message.error(errorMessage(e)),
  });

  if (regs.isError) return <QueryError error={regs.error} onRetry={() => void regs.refetch()} />;

  return (
    <Flex vertical gap={12} data-testid="registrations-tab">
      <Flex gap={8} justify="space-between" wrap align="center">
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          data-testid="registrations-filter"
          options={[
            { value: 'all', label: t('ep.rg.all') },
            { value: 'approved', label: t('ep.reg.approved') },
            { value: 'ineligible', label: t('ep.reg.ineligible') },
            { value: 'withdrawn', label: t('ep.reg.withdrawn') },
          ]}
        />
        <Space>
          <Button icon={<ReloadOutlined />} onClick={() => void regs.refetch()}>
            {t('common.refresh')}
          </Button>
          <Button
            icon={<FileExcelOutlined />}
            onClick={() => exportXlsx.mutate()}
            loading={exportXlsx.isPending}
            data-testid="registrations-export"
          >
            {t('common.exportExcel')}
          </Button>
        </Space>
      </Flex>
      <Table<StaffRegistration>
        rowKey="id"
        loading={regs.isFetching}
        dataSource={regs.data?.items ?? []}
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (n) => t('common.total', { total: n }) }}
        scroll={{ x: 1500 }}
        data-testid="registrations-table"
        onRow={(r) => ({ 'data-testid': `registration-row-${r.candidateName}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('ep.rg.name'), dataIndex: 'candidateName', width: 110, fixed: 'left' },
          {
            title: t('ep.rg.idNumber'),
            dataIndex: 'idNumberMasked',
            width: 180,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('ep.statusCol'),
            dataIndex: 'status',
            width: 100,
            render: (v: RegistrationStatus) => <RegistrationStatusTag status={v} />,
          },
          {
            title: t('ep.rg.reasons'),
            key: 'reasons',
            width: 340,
            render: (_: unknown, r) => {
              if (r.override) {
                return (
                  <Typography.Text type="secondary" data-testid="registration-override-note">
                    {t('ep.rg.overrideNote', { by: r.override.byName ?? '—', reason: r.override.reason })}
                  </Typography.Text>
                );
              }
              const reasons = missingReasons(r.eligibility);
              if (reasons.length === 0) return r.status === 'approved' ? t('ep.rg.meets') : '—';
              return (
                <ul style={{ margin: 0, paddingInlineStart: 16 }} data-testid="registration-reasons">
                  {reasons.map((m) => (
                    <li key={m}>
                      <Typography.Text type="danger">{m}</Typography.Text>
                    </li>
                  ))}
                </ul>
              );
            },
          },
          {
            title: t('ep.rg.session'),
            key: 'session',
            width: 200,
            render: (_: unknown, r) =>
              r.sessionName ? (
                <span>
                  {r.sessionName}
                  <br />
                  <Typography.Text type="secondary">{examTime(r.startsAt)}</Typography.Text>
                </span>
              ) : (
                '—'
              ),
          },
          {
            title: t('ep.rg.roomSeat'),
            key: 'room',
            width: 130,
            render: (_: unknown, r) => (r.roomName ? `${r.roomName} · ${t('ep.seatN', { n: r.seatNo ?? '—' })}` : '—'),
          },
          { title: t('ep.rg.ticketNo'), dataIndex: 'ticketNo', width: 150, render: (v: string | null) => v ?? '—' },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 190,
            fixed: 'right',
            render: (_: unknown, r) => (
              <Space size={0} wrap>
                {isAdmin && r.status === 'ineligible' ? (
                  <Button
                    type="link"
                    size="small"
                    icon={<SafetyCertificateOutlined />}
                    onClick={() => setOverriding(r)}
                    data-testid="registration-override"
                  >
                    {t('ep.rg.override')}
                  </Button>
                ) : null}
                {r.ticketNo ? (
                  <Button
                    type="link"
                    size="small"
                    icon={<DownloadOutlined />}
                    loading={ticket.isPending && ticket.variables?.id === r.id}
                    onClick={() => ticket.mutate(r)}
                    data-testid="registration-ticket"
                  >
                    {t('ep.ticket')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {overriding ? <OverrideModal registration={overriding} onClose={() => setOverriding(null)} /> : null}
    </Flex>
  );
}
