import { CheckOutlined, CloseOutlined, EditOutlined, HistoryOutlined } from '@ant-design/icons';
import type { SimCheckResult } from '@crossskill/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Flex, Form, Input, InputNumber, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../api/client';
import { useI18n } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import { tid } from '../../../lib/testid';
import { autoOf, type ReviewRun, runTotals } from './reviewTotals';
import { overrideCheck } from './skillApi';
import { pts, useTx } from './skillText';

/** One drawn task of an attempt: instructions with the candidate's parameters, every check, overrides, replay. */
export function RunReviewCard({
  attemptId,
  run,
  index,
  readOnly,
  onChanged,
  onReplay,
}: {
  attemptId: string;
  run: ReviewRun;
  index: number;
  /** Final, not scored yet, or the viewer is not one of the part's examiners. */
  readOnly: boolean;
  onChanged: () => void;
  onReplay: () => void;
}) {
  const tx = useTx();
  const { pick, lang } = useI18n();
  const [editing, setEditing] = useState<SimCheckResult | null>(null);
  const totals = runTotals(run);

  return (
    <Card
      size="small"
      data-testid={`review-run-${index}`}
      title={`${run.weightItem} · ${run.taskCode} ${pick(run.taskTitle)}`}
      extra={
        <Flex gap={12} align="center">
          <Typography.Text type="secondary">{tx('actions', { n: run.actionCount })}</Typography.Text>
          <Button icon={<HistoryOutlined />} onClick={onReplay} data-testid={`review-replay-${index}`}>
            {tx('replay')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <div>
          <Typography.Text strong>{tx('instructions')}</Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }} data-testid="review-instructions">
            {pick(run.instructions)}
          </Typography.Paragraph>
        </div>
        {Object.keys(run.params).length > 0 ? (
          <Descriptions size="small" column={{ xs: 1, md: 3 }} title={tx('params')} data-testid="review-params">
            {Object.entries(run.params).map(([k, v]) => (
              <Descriptions.Item key={k} label={k}>
                {String(v)}
              </Descriptions.Item>
            ))}
          </Descriptions>
        ) : null}
        <Table<SimCheckResult>
          size="small"
          rowKey="checkId"
          pagination={false}
          dataSource={run.report.results}
          scroll={{ x: 960 }}
          onRow={(r) =>
            ({
              'data-testid': `review-check-${r.checkId}`,
              'data-passed': String(r.passed),
            }) as React.HTMLAttributes<HTMLElement>
          }
          columns={[
            { title: tx('check'), key: 'title', width: 200, render: (_: unknown, r) => pick(r.title) },
            {
              title: tx('result'),
              dataIndex: 'passed',
              width: 60,
              render: (p: boolean) =>
                p ? (
                  <CheckOutlined style={{ color: '#52c41a' }} aria-label="✓" />
                ) : (
                  <CloseOutlined style={{ color: '#ff4d4f' }} aria-label="✗" />
                ),
            },
            { title: tx('points'), dataIndex: 'points', width: 60 },
            {
              title: tx('awarded'),
              key: 'awarded',
              width: 200,
              render: (_: unknown, r) =>
                r.override ? (
                  <div data-testid="review-override">
                    <Typography.Text delete type="secondary">
                      {pts(autoOf(r))}
                    </Typography.Text>{' '}
                    <Typography.Text strong data-testid="review-awarded">
                      {pts(r.override.awarded)}
                    </Typography.Text>
                    <div style={{ fontSize: 12 }}>
                      <Typography.Text type="secondary" data-testid="review-override-note">
                        {tx('overriddenBy', {
                          name: r.override.examinerName ?? '—',
                          at: formatDateTime(r.override.at, lang),
                          awarded: pts(r.override.awarded),
                          reason: r.override.reason,
                        })}
                      </Typography.Text>
                    </div>
                  </div>
                ) : (
                  <Typography.Text data-testid="review-awarded">{pts(r.awarded)}</Typography.Text>
                ),
            },
            { title: tx('detail'), key: 'detail', render: (_: unknown, r) => pick(r.detail) },
            { title: tx('feedback'), key: 'feedback', render: (_: unknown, r) => pick(r.feedback) },
            {
              title: '',
              key: 'edit',
              width: 90,
              fixed: 'right',
              render: (_: unknown, r) => (
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  disabled={readOnly}
                  onClick={() => setEditing(r)}
                  data-testid="review-override-open"
                >
                  {tx('override')}
                </Button>
              ),
            },
          ]}
        />
        <Flex gap={24} wrap data-testid={`review-run-totals-${index}`}>
          <Typography.Text>
            {tx('autoTotal')}：{tx('taskScore', { awarded: pts(totals.auto), total: pts(totals.total) })} ·{' '}
            {tx('rowScore', { scaled: pts(totals.autoScaled), points: pts(run.points) })}
          </Typography.Text>
          <Typography.Text strong>
            {tx('afterOverrides')}：{tx('taskScore', { awarded: pts(totals.after), total: pts(totals.total) })} ·{' '}
            <span data-testid="review-run-scaled">
              {tx('rowScore', { scaled: pts(totals.afterScaled), points: pts(run.points) })}
            </span>
          </Typography.Text>
        </Flex>
      </Flex>
      {editing ? (
        <OverrideModal
          attemptId={attemptId}
          runId={run.runId}
          check={editing}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            onChanged();
          }}
        />
      ) : null}
    </Card>
  );
}

function OverrideModal({
  attemptId,
  runId,
  check,
  onClose,
  onDone,
}: {
  attemptId: string;
  runId: string;
  check: SimCheckResult;
  onClose: () => void;
  onDone: () => void;
}) {
  const tx = useTx();
  const { pick } = useI18n();
  const [form] = Form.useForm<{ awarded: number; reason: string }>();
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (v: { awarded: number; reason: string }) =>
      overrideCheck(attemptId, runId, check.checkId, { awarded: v.awarded, reason: v.reason.trim() }),
    onMutate: () => setError(null),
    onSuccess: onDone,
    onError: (e) => setError(errorMessage(e)),
  });
  return (
    <Modal
      open
      title={tx('overrideTitle', { check: pick(check.title) })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={tx('overrideSave')}
      cancelText={tx('cancel')}
      confirmLoading={save.isPending}
      okButtonProps={tid('override-save')}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ awarded: check.override?.awarded ?? check.awarded, reason: '' }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="awarded" label={tx('overridePoints', { max: check.points })} rules={[{ required: true }]}>
          <InputNumber min={0} max={check.points} step={0.5} data-testid="override-points" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={tx('overrideReason')}
          rules={[
            {
              validator: async (_r, v: string | undefined) => {
                if ((v ?? '').trim().length < 5) throw new Error(tx('reasonShort'));
              },
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount data-testid="override-reason" />
        </Form.Item>
        {error ? <Alert type="error" showIcon title={error} data-testid="override-error" /> : null}
      </Form>
    </Modal>
  );
}
