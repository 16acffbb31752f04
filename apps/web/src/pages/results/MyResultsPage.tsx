import { FileSearchOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { ResultComponent } from '@crossskill/contracts';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Page } from '../../components/Page';
import { PageLoading } from '../../components/PageLoading';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { applyServerErrors } from '../../lib/forms';
import { tid } from '../../lib/testid';
import { type MyResult, resultKeys, submitAppeal, useMyResults } from './results-api';
import { AppealStatusTag, ComponentTag, OverallTag } from './results-tags';
import { pts, useRTx } from './results-text';

/** 我的成绩: published results per plan, the appeal window and my appeals (复核). */
export default function MyResultsPage() {
  const tx = useRTx();
  const mine = useMyResults();
  const [appealing, setAppealing] = useState<MyResult | null>(null);
  if (mine.isLoading) return <PageLoading />;
  return (
    <Page title={tx('myResults')} testId="my-results-page">
      {mine.isError ? <QueryError error={mine.error} onRetry={() => void mine.refetch()} /> : null}
      {mine.data && mine.data.items.length === 0 ? <Empty description={tx('noResults')} /> : null}
      <Flex vertical gap={16}>
        {(mine.data?.items ?? []).map((r) => (
          <ResultCard key={r.registrationId} r={r} onAppeal={() => setAppealing(r)} />
        ))}
      </Flex>
      {appealing ? <AppealDialog r={appealing} onClose={() => setAppealing(null)} /> : null}
    </Page>
  );
}

function ResultCard({ r, onAppeal }: { r: MyResult; onAppeal: () => void }) {
  const tx = useRTx();
  const { lang } = useI18n();
  const from = formatDateTime(r.appealFrom, lang);
  const until = formatDateTime(r.appealUntil, lang);
  return (
    <Card
      data-testid={`my-result-${r.registrationId}`}
      title={
        <Flex wrap gap={8} align="center">
          <span>{r.planName}</span>
          <OverallTag passed={r.passed} testId={`my-result-overall-${r.registrationId}`} />
        </Flex>
      }
      extra={
        <Space wrap>
          <Link to={`/my-results/${r.registrationId}/report`} data-testid={`my-result-report-${r.registrationId}`}>
            <Button size="small" icon={<FileSearchOutlined />}>
              {tx('report')}
            </Button>
          </Link>
          {r.passed ? (
            <Link to="/my-certificates" data-testid={`my-result-certificates-${r.registrationId}`}>
              <Button size="small" type="primary" icon={<SafetyCertificateOutlined />}>
                {tx('myCertificates')}
              </Button>
            </Link>
          ) : null}
        </Space>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">
          {r.orgName} · {r.levelName}
          {r.workType ? ` · ${r.workType}` : ''} · {tx('ticketNo')} {r.ticketNo ?? '—'} ·{' '}
          {tx('passMark', { n: r.passMark })}
        </Typography.Text>
        <Descriptions size="small" column={{ xs: 1, sm: 3 }} bordered>
          {r.components.map((c) => (
            <Descriptions.Item key={c.component} label={tx(c.component)}>
              <ComponentTag c={c} testId={`my-result-${c.component}-${r.registrationId}`} />
            </Descriptions.Item>
          ))}
        </Descriptions>
        <Flex wrap gap={8} align="center" justify="space-between">
          <Typography.Text data-testid={`my-result-window-${r.registrationId}`}>
            {tx('appealWindow')}：{tx('windowText', { from, until })}{' '}
            <Tag color={r.windowOpen ? 'processing' : 'default'}>
              {r.windowOpen ? tx('windowOpen') : tx('windowClosed')}
            </Tag>
          </Typography.Text>
          <Button
            onClick={onAppeal}
            disabled={!r.windowOpen}
            title={r.windowOpen ? undefined : tx('windowClosedHint', { from, until })}
            data-testid={`my-result-appeal-${r.registrationId}`}
          >
            {tx('appeal')}
          </Button>
        </Flex>
        {!r.windowOpen ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {tx('windowClosedHint', { from, until })}
          </Typography.Text>
        ) : null}
        {r.appeals.length > 0 ? (
          <Card size="small" title={tx('myAppeals')} data-testid={`my-result-appeals-${r.registrationId}`}>
            <Flex vertical gap={8}>
              {r.appeals.map((a) => (
                <Flex key={a.id} vertical gap={2} data-testid={`my-appeal-${a.id}`}>
                  <Flex wrap gap={8} align="center">
                    <strong>{tx(a.component)}</strong>
                    <AppealStatusTag status={a.status} outcome={a.outcome} />
                    <Typography.Text type="secondary">{formatDateTime(a.submittedAt, lang)}</Typography.Text>
                    {a.status === 'decided' ? (
                      <span>{tx('scoreChange', { from: pts(a.previousScore), to: pts(a.newScore) })}</span>
                    ) : null}
                  </Flex>
                  <Typography.Text type="secondary">
                    {tx('reason')}：{a.reason}
                  </Typography.Text>
                  {a.decisionReason ? (
                    <Typography.Text>
                      {tx('decisionReason')}：{a.decisionReason}
                    </Typography.Text>
                  ) : null}
                </Flex>
              ))}
            </Flex>
          </Card>
        ) : null}
      </Flex>
    </Card>
  );
}

function AppealDialog({ r, onClose }: { r: MyResult; onClose: () => void }) {
  const tx = useRTx();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ component: ResultComponent; reason: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = new Set(r.appeals.filter((a) => a.status !== 'decided').map((a) => a.component));
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await submitAppeal(r.registrationId, values);
      message.success(tx('appealOk'));
      void qc.invalidateQueries({ queryKey: resultKeys.mine });
      onClose();
    } catch (e) {
      setError(applyServerErrors(form, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={`${tx('appealTitle')} · ${r.planName}`}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={tx('appeal')}
      okButtonProps={tid('my-appeal-submit')}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Flex vertical gap={12} data-testid="my-appeal-dialog">
        <Typography.Text type="secondary">{tx('appealHint')}</Typography.Text>
        <Form
          form={form}
          layout="vertical"
          initialValues={{ component: r.components.find((c) => !open.has(c.component))?.component }}
        >
          <Form.Item name="component" label={tx('component')} rules={[{ required: true }]}>
            <Select
              data-testid="my-appeal-component"
              options={r.components.map((c) => ({
                value: c.component,
                label: `${tx(c.component)}（${c.state === 'absent' ? tx('absent') : pts(c.score)}）`,
                disabled: open.has(c.component),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="reason"
            label={tx('reason')}
            rules={[{ required: true, min: 10, message: tx('reasonPlaceholder') }]}
          >
            <Input.TextArea
              rows={4}
              maxLength={2000}
              showCount
              placeholder={tx('reasonPlaceholder')}
              data-testid="my-appeal-reason"
            />
          </Form.Item>
        </Form>
        {error ? <Alert type="error" showIcon title={error} data-testid="my-appeal-error" /> : null}
      </Flex>
    </Modal>
  );
}
