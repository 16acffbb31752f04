import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import type { SimState } from '@crossskill/simulation';
import { Alert, Card, Col, Flex, Row, Slider, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import { type Lang, useI18n, useLang } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import { computeReplayStates, simClock, summarizeAction } from './replayState';
import { type SimReplay, useReplay } from './skillApi';
import { useTx } from './skillText';

type Step = SimReplay['steps'][number];

/** A step's time: a wall-clock instant, or (small numbers) the time since the run started. */
function stepTime(ms: number | null, lang: Lang): string {
  if (ms === null) return '—';
  if (ms > 1e11) return formatDateTime(new Date(ms).toISOString(), lang);
  const s = Math.floor(ms / 1000);
  return `+${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** 回放: the run's action log step by step, with the store's orders and listings as they were after each step. */
export function ReplayPanel({ runId }: { runId: string }) {
  const replay = useReplay(runId);
  if (replay.isError) return <QueryError error={replay.error} onRetry={() => void replay.refetch()} />;
  if (!replay.data) return <PageLoading />;
  return <ReplayView replay={replay.data} />;
}

function ReplayView({ replay }: { replay: SimReplay }) {
  const tx = useTx();
  const { pick } = useI18n();
  const lang = useLang();
  const computed = useMemo(() => {
    try {
      return { ok: true as const, ...computeReplayStates(replay) };
    } catch (e) {
      return { ok: false as const, error: e instanceof Error ? e.message : String(e) };
    }
  }, [replay]);
  const total = replay.steps.length;
  const [pos, setPos] = useState(total);
  const state = computed.ok ? computed.states[pos] : undefined;

  return (
    <Flex vertical gap={12} data-testid="replay-panel">
      <Flex gap={8} wrap align="center">
        <Tag
          color={replay.matchesStored ? 'success' : 'error'}
          icon={replay.matchesStored ? <CheckCircleFilled /> : <CloseCircleFilled />}
          data-testid="replay-matches"
          data-matches={String(replay.matchesStored)}
        >
          {replay.matchesStored ? tx('matches') : tx('mismatch')}
        </Tag>
        {computed.ok ? (
          <Tag
            color={computed.agreesWithServer && computed.divergent.length === 0 ? 'success' : 'warning'}
            data-testid="replay-browser"
            data-agrees={String(computed.agreesWithServer && computed.divergent.length === 0)}
          >
            {computed.agreesWithServer && computed.divergent.length === 0
              ? tx('browserMatches')
              : tx('browserMismatch')}
          </Tag>
        ) : (
          <Alert type="warning" showIcon title={computed.error} />
        )}
        <Typography.Text data-testid="replay-position">
          {pos === 0 ? tx('initial') : tx('step', { n: pos, total })}
        </Typography.Text>
      </Flex>
      <Slider min={0} max={total} value={pos} onChange={(v: number) => setPos(v)} data-testid="replay-slider" />
      <Table<Step & { index: number }>
        size="small"
        rowKey="seq"
        pagination={false}
        scroll={{ y: 260 }}
        dataSource={replay.steps.map((s, i) => ({ ...s, index: i + 1 }))}
        rowClassName={(r) => (r.index === pos ? 'ant-table-row-selected' : '')}
        onRow={(r) =>
          ({
            'data-testid': `replay-step-${r.seq}`,
            'data-ok': String(r.ok),
            onClick: () => setPos(r.index),
            style: { cursor: 'pointer' },
          }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          { title: tx('seq'), dataIndex: 'seq', width: 60 },
          {
            title: tx('at'),
            dataIndex: 'atMs',
            width: 170,
            render: (v: number | null) => stepTime(v, lang),
          },
          {
            title: tx('action'),
            key: 'action',
            render: (_: unknown, r) => {
              const { type, summary } = summarizeAction(r.action);
              return (
                <span>
                  <Typography.Text code>{type}</Typography.Text>{' '}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {summary}
                  </Typography.Text>
                </span>
              );
            },
          },
          {
            title: tx('result'),
            key: 'ok',
            width: 260,
            render: (_: unknown, r) =>
              r.ok ? (
                <span>
                  <Tag color="success">{tx('ok')}</Tag>
                  {r.events.map((e) => pick(e.message)).join('；')}
                </span>
              ) : (
                <span>
                  <Tag color="error">{tx('refused')}</Tag>
                  {r.refusal ? pick(r.refusal.reason) : ''}
                </span>
              ),
          },
        ]}
      />
      {state ? <StateView state={state} /> : null}
    </Flex>
  );
}

function StateView({ state }: { state: SimState }) {
  const tx = useTx();
  const clock = simClock(state.now);
  return (
    <Row gutter={12} data-testid="replay-state">
      <Col xs={24} xl={12}>
        <Card size="small" title={`${tx('orders')} · ${tx('simDay', clock)}`}>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={state.orders}
            data-testid="replay-orders"
            locale={{ emptyText: tx('none') }}
            onRow={(r) =>
              ({ 'data-testid': `replay-order-${r.id}`, 'data-status': r.status }) as React.HTMLAttributes<HTMLElement>
            }
            columns={[
              { title: 'ID', dataIndex: 'id', width: 80 },
              { title: tx('status'), dataIndex: 'status', render: (s: string) => <Tag>{s}</Tag> },
              {
                title: 'SKU × qty',
                key: 'lines',
                render: (_: unknown, r) => r.lines.map((l) => `${l.sku}×${l.qty}`).join(', '),
              },
              {
                title: 'Shipments',
                key: 'ship',
                render: (_: unknown, r) =>
                  state.shipments
                    .filter((s) => s.orderId === r.id)
                    .map((s) => `${s.channelId} ${s.trackingNo}`)
                    .join(', ') || '—',
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={tx('listings')}>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={state.listings}
            data-testid="replay-listings"
            locale={{ emptyText: tx('none') }}
            onRow={(r) =>
              ({
                'data-testid': `replay-listing-${r.id}`,
                'data-status': r.status,
              }) as React.HTMLAttributes<HTMLElement>
            }
            columns={[
              { title: 'ID', dataIndex: 'id', width: 70 },
              { title: 'SKU', dataIndex: 'sku', width: 110 },
              { title: 'Title', dataIndex: 'title', ellipsis: true },
              { title: tx('status'), dataIndex: 'status', width: 100, render: (s: string) => <Tag>{s}</Tag> },
              { title: 'USD', dataIndex: 'price', width: 70 },
              { title: 'Stock', dataIndex: 'stock', width: 70 },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
