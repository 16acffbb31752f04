import { ReloadOutlined } from '@ant-design/icons';
import type { AppealOutcome } from '@crossskill/contracts';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Page } from '../../components/Page';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { applyServerErrors } from '../../lib/forms';
import { type AppealDetail, decideAppeal, resultKeys, useAppealDetail, useAppealTasks } from './results-api';
import { AppealStatusTag } from './results-tags';
import { pts, useRTx } from './results-text';

/** 复核任务: the appeals assigned to me, what to re-mark, and the decision form. */
export default function AppealTasksPage() {
  const tx = useRTx();
  const { lang } = useI18n();
  const tasks = useAppealTasks();
  const [selected, setSelected] = useState<string | null>(null);
  const items = tasks.data?.items ?? [];
  const current = selected ?? (items.find((t) => t.status === 'assigned') ?? items[0])?.id ?? null;
  return (
    <Page
      title={tx('appealTasks')}
      testId="appeal-tasks-page"
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void tasks.refetch()}>
          {tx('refresh')}
        </Button>
      }
    >
      {tasks.isError ? <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Card size="small" styles={{ body: { padding: 8 } }}>
            {tasks.isLoading ? <Card loading size="small" /> : null}
            {tasks.data && tasks.data.items.length === 0 ? <Empty description={tx('noTasks')} /> : null}
            <Flex vertical gap={8} data-testid="appeal-tasks">
              {(tasks.data?.items ?? []).map((t) => (
                <Card
                  key={t.id}
                  size="small"
                  hoverable
                  onClick={() => setSelected(t.id)}
                  style={t.id === current ? { borderColor: '#1677ff' } : undefined}
                  data-testid={`appeal-task-${t.id}`}
                >
                  <Flex vertical gap={4}>
                    <Flex wrap gap={6} align="center">
                      <strong>{tx(t.component)}</strong>
                      <AppealStatusTag status={t.status} outcome={t.outcome} />
                    </Flex>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {`${t.planName} · ${t.levelName} · ${tx('ticketNo')} ${t.ticketNo ?? '—'} · ${formatDateTime(t.assignedAt, lang)}`}
                    </Typography.Text>
                  </Flex>
                </Card>
              ))}
            </Flex>
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          {current ? (
            <AppealPanel appealId={current} />
          ) : (
            <Card>
              <Empty description={tx('pickTask')} />
            </Card>
          )}
        </Col>
      </Row>
    </Page>
  );
}

function AppealPanel({ appealId }: { appealId: string }) {
  const tx = useRTx();
  const { lang } = useI18n();
  const detail = useAppealDetail(appealId);
  if (detail.isError) return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data) return <Card loading />;
  const d = detail.data;
  return (
    <Card
      data-testid="appeal-detail"
      title={
        <Flex wrap gap={8} align="center">
          <span>
            {tx(d.component)} · {tx('ticketNo')} {d.ticketNo ?? '—'}
          </span>
          <AppealStatusTag status={d.status} outcome={d.outcome} />
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
          <Descriptions.Item label={tx('plan')}>
            {d.plan.name} · {d.plan.levelName}
          </Descriptions.Item>
          <Descriptions.Item label={tx('currentScore')}>
            <span data-testid="appeal-current-score">{pts(d.currentScore)}</span>{' '}
            <Typography.Text type="secondary">{tx('passMark', { n: d.plan.passMark })}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={tx('submittedAt')}>{formatDateTime(d.submittedAt, lang)}</Descriptions.Item>
          <Descriptions.Item label={tx('assignee')}>{d.assignee?.name ?? '—'}</Descriptions.Item>
        </Descriptions>
        <Alert type="info" title={tx('candidateReason')} description={d.reason} data-testid="appeal-reason" />
        <Table
          size="small"
          rowKey="label"
          title={() => tx('breakdown')}
          dataSource={d.breakdown}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 480 }}
          data-testid="appeal-breakdown"
          columns={[
            { title: tx('item'), dataIndex: 'label' },
            {
              title: tx('points'),
              dataIndex: 'points',
              width: 70,
              align: 'right',
              render: (v: number | null) => pts(v),
            },
            { title: tx('score'), dataIndex: 'score', width: 70, align: 'right', render: (v: number | null) => pts(v) },
            { title: tx('comment'), dataIndex: 'comment', render: (v: string | null) => v ?? '' },
          ]}
        />
        {d.status === 'decided' ? (
          <Alert
            type={d.outcome === 'changed' ? 'warning' : 'success'}
            showIcon
            data-testid="appeal-decision"
            title={`${d.outcome ? tx(d.outcome) : ''} · ${tx('scoreChange', { from: pts(d.previousScore), to: pts(d.newScore) })}`}
            description={d.decisionReason}
          />
        ) : null}
        {d.canDecide ? <DecideForm d={d} /> : null}
      </Flex>
    </Card>
  );
}

function DecideForm({ d }: { d: AppealDetail }) {
  const tx = useRTx();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ outcome: AppealOutcome; newScore?: number; reason: string }>();
  const outcome = Form.useWatch('outcome', form);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      const res = await decideAppeal(d.id, {
        outcome: values.outcome,
        reason: values.reason,
        ...(values.outcome === 'changed' ? { newScore: values.newScore } : {}),
      });
      qc.setQueryData(resultKeys.appeal(d.id), res);
      void qc.invalidateQueries({ queryKey: resultKeys.tasks });
      message.success(tx('decidedOk'));
    } catch (e) {
      setError(applyServerErrors(form, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={tx('outcome')} data-testid="appeal-decide-form">
      <Form form={form} layout="vertical" initialValues={{ outcome: 'upheld' }}>
        <Form.Item name="outcome" label={tx('outcome')} rules={[{ required: true }]}>
          <Radio.Group data-testid="appeal-outcome">
            <Radio value="upheld" data-testid="appeal-outcome-upheld">
              {tx('upheld')}
            </Radio>
            <Radio value="changed" data-testid="appeal-outcome-changed">
              {tx('changed')}
            </Radio>
          </Radio.Group>
        </Form.Item>
        {outcome === 'changed' ? (
          <Form.Item name="newScore" label={tx('newScore')} rules={[{ required: true }]}>
            <InputNumber min={0} max={100} precision={2} step={0.5} data-testid="appeal-new-score" />
          </Form.Item>
        ) : null}
        <Form.Item
          name="reason"
          label={tx('decisionReason')}
          rules={[{ required: true, min: 10, message: tx('decisionReasonPlaceholder') }]}
        >
          <Input.TextArea
            rows={4}
            maxLength={2000}
            showCount
            placeholder={tx('decisionReasonPlaceholder')}
            data-testid="appeal-decision-reason"
          />
        </Form.Item>
        {error ? (
          <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="appeal-decide-error" />
        ) : null}
        <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="appeal-decide">
          {tx('decide')}
        </Button>
      </Form>
    </Card>
  );
}
