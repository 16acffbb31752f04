import { ScheduleOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Modal, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { applyServerErrors } from '../../lib/forms';
import { tid } from '../../lib/testid';
import { isoToPicker, pickerToIso } from '../exams/plans/planUtil';
import {
  autoSchedule,
  type ReviewCandidateRow,
  type ReviewCandidates,
  type ReviewPart,
  reviewKeys,
  saveDefence,
  useReviewCandidates,
} from './reviewApi';
import { defenceText } from './reviewUtil';

interface AutoValues {
  startsAt: Dayjs | null;
  durationMinutes: number;
  breakMinutes: number;
  location: string;
}
interface OneValues {
  startsAt: Dayjs | null;
  durationMinutes: number;
  location: string;
}

/** 答辩安排: each candidate's defence (≥ 15 min, one at a time — the committee sits together) and auto scheduling. */
export function DefencesTab({ part }: { part: ReviewPart }) {
  const { pick } = useI18n();
  const L = (zh: string, en: string) => pick({ zh, en });
  const { message } = App.useApp();
  const qc = useQueryClient();
  const list = useReviewCandidates(part.planId);
  const [autoForm] = Form.useForm<AutoValues>();
  const [oneForm] = Form.useForm<OneValues>();
  const [editing, setEditing] = useState<ReviewCandidateRow | null>(null);
  const [autoError, setAutoError] = useState<string | null>(null);
  const done = (next: ReviewCandidates) => {
    qc.setQueryData(reviewKeys.candidates(part.planId), next);
    void qc.invalidateQueries({ queryKey: reviewKeys.part(part.planId) });
  };
  const auto = useMutation({
    mutationFn: (v: AutoValues) =>
      autoSchedule(part.planId, {
        startsAt: v.startsAt ? pickerToIso(v.startsAt) : '',
        durationMinutes: v.durationMinutes,
        breakMinutes: v.breakMinutes,
        location: v.location,
      }),
    onMutate: () => setAutoError(null),
    onSuccess: (next) => {
      done(next);
      void message.success(L('已自动安排答辩', 'Defences scheduled'));
    },
    onError: (e) => setAutoError(applyServerErrors(autoForm, e)),
  });
  const one = useMutation({
    mutationFn: (v: OneValues) =>
      saveDefence(part.planId, editing?.registrationId ?? '', {
        startsAt: v.startsAt ? pickerToIso(v.startsAt) : '',
        durationMinutes: v.durationMinutes,
        location: v.location,
      }),
    onSuccess: (next) => {
      done(next);
      setEditing(null);
      void message.success(L('答辩已安排', 'Defence scheduled'));
    },
    onError: (e) => void message.error(applyServerErrors(oneForm, e)),
  });
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const locked = part.resultsPublished;
  const open = (r: ReviewCandidateRow) => {
    setEditing(r);
    oneForm.setFieldsValue({
      startsAt: r.defence ? isoToPicker(r.defence.startsAt) : null,
      durationMinutes: r.defence?.durationMinutes ?? part.defenceMinutes,
      location: r.defence?.location ?? '',
    });
  };

  return (
    <Flex vertical gap={12}>
      <Card size="small" title={L('自动安排未排考生', 'Schedule the unscheduled candidates')}>
        {autoError ? <Alert type="error" showIcon message={autoError} style={{ marginBottom: 8 }} /> : null}
        <Form<AutoValues>
          form={autoForm}
          layout="inline"
          disabled={locked}
          initialValues={{ durationMinutes: part.defenceMinutes, breakMinutes: 5, location: '' }}
          onFinish={(v) => auto.mutate(v)}
          style={{ rowGap: 8 }}
        >
          <Form.Item
            name="startsAt"
            label={L('开始', 'From')}
            rules={[{ required: true, message: L('请选择时间', 'Choose a time') }]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" data-testid="review-auto-start" />
          </Form.Item>
          <Form.Item name="durationMinutes" label={L('每人（分钟）', 'Each (min)')} rules={[{ required: true }]}>
            <InputNumber min={1} max={600} data-testid="review-auto-duration" />
          </Form.Item>
          <Form.Item name="breakMinutes" label={L('间隔（分钟）', 'Break (min)')}>
            <InputNumber min={0} max={240} data-testid="review-auto-break" />
          </Form.Item>
          <Form.Item
            name="location"
            label={L('地点', 'Location')}
            rules={[{ required: true, message: L('请填写地点', 'Enter the location') }]}
          >
            <Input
              maxLength={200}
              placeholder={L('如：行政楼 302 会议室', 'e.g. Room 302')}
              data-testid="review-auto-location"
            />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            icon={<ScheduleOutlined />}
            loading={auto.isPending}
            data-testid="review-auto-schedule"
          >
            {L('自动安排', 'Schedule')}
          </Button>
        </Form>
      </Card>
      <Table<ReviewCandidateRow>
        rowKey="registrationId"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 640 }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="review-defences-table"
        locale={{ emptyText: L('暂无审核通过的考生', 'No approved candidate') }}
        columns={[
          {
            title: L('准考证号', 'Ticket no.'),
            dataIndex: 'ticketNo',
            width: 170,
            render: (v: string | null) => v ?? '—',
          },
          { title: L('姓名', 'Name'), dataIndex: 'name', width: 120 },
          { title: L('材料', 'Materials'), dataIndex: 'materials', width: 70 },
          {
            title: L('答辩', 'Defence'),
            render: (_: unknown, r: ReviewCandidateRow) => defenceText(r.defence, L('未安排', 'Not scheduled')),
          },
          {
            title: L('操作', 'Actions'),
            width: 90,
            render: (_: unknown, r: ReviewCandidateRow) => (
              <Button
                size="small"
                disabled={locked}
                onClick={() => open(r)}
                data-testid={`review-defence-edit-${r.registrationId}`}
              >
                {r.defence ? L('调整', 'Change') : L('安排', 'Schedule')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={Boolean(editing)}
        title={editing ? `${L('安排答辩', 'Schedule the defence')}：${editing.name}` : ''}
        onCancel={() => setEditing(null)}
        onOk={() => oneForm.submit()}
        confirmLoading={one.isPending}
        okButtonProps={tid('review-defence-save')}
        forceRender
      >
        <Form<OneValues> form={oneForm} layout="vertical" onFinish={(v) => one.mutate(v)}>
          <Form.Item
            name="startsAt"
            label={L('开始时间（北京时间）', 'Start (Beijing time)')}
            rules={[{ required: true, message: L('请选择时间', 'Choose a time') }]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" data-testid="review-defence-start" />
          </Form.Item>
          <Form.Item
            name="durationMinutes"
            label={L('时长（分钟，不少于 15）', 'Minutes (at least 15)')}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} max={600} data-testid="review-defence-duration" />
          </Form.Item>
          <Form.Item
            name="location"
            label={L('地点', 'Location')}
            rules={[{ required: true, message: L('请填写地点', 'Enter the location') }]}
          >
            <Input maxLength={200} data-testid="review-defence-location" />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
