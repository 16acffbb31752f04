import { PlayCircleOutlined, ShopOutlined } from '@ant-design/icons';
import { SKILL_WEIGHT_ITEMS } from '@crossskill/simulation';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Input, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import { Page } from '../../components/Page';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { menuItem } from '../../menu';
import { useL } from './console/l10n';
import { MARKETPLACE_LABELS, MARKETPLACES, WORK_TYPES } from './console/labels';
import {
  createSimRun,
  type Marketplace,
  type SimRunListItem,
  type SimTaskSummary,
  simKeys,
  type TaskFilter,
  useSimRuns,
  useSimTasks,
} from './console/simApi';

/** 仿真实训: tasks to practise, my runs with their scores, and a free sandbox store per marketplace. */
export default function PracticePage() {
  const { pick } = useI18n();
  const { L } = useL();
  return (
    <Page title={pick(menuItem('simPractice').label)} testId="sim-practice-page">
      <Tabs
        items={[
          { key: 'tasks', label: L('练习任务', 'Tasks'), children: <TasksTab /> },
          { key: 'runs', label: L('我的实训', 'My runs'), children: <RunsTab /> },
          { key: 'sandbox', label: L('沙盒店铺', 'Sandbox stores'), children: <SandboxTab /> },
        ]}
      />
    </Page>
  );
}

function useStartRun() {
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [starting, setStarting] = useState<string | null>(null);
  const start = async (key: string, body: { taskId?: string; marketplace?: Marketplace }) => {
    setStarting(key);
    try {
      const run = await createSimRun(body);
      void qc.invalidateQueries({ queryKey: simKeys.runs });
      navigate(`/sim/runs/${run.id}`);
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setStarting(null);
    }
  };
  return { start, starting };
}

function TasksTab() {
  const { L, loc, lang } = useL();
  const [filter, setFilter] = useState<TaskFilter>({ status: 'active', page: 1, pageSize: 50 });
  const tasks = useSimTasks(filter);
  const { start, starting } = useStartRun();
  const set = (patch: Partial<TaskFilter>) => setFilter((f) => ({ ...f, ...patch, page: 1 }));
  return (
    <Card size="small">
      <Flex gap={8} wrap style={{ marginBottom: 8 }}>
        <Input.Search
          allowClear
          placeholder={L('搜索任务', 'Search tasks')}
          style={{ width: 200 }}
          onSearch={(q) => set({ q: q || undefined })}
          data-testid="sim-task-search"
        />
        <Select
          allowClear
          placeholder={L('等级', 'Level')}
          style={{ width: 110 }}
          value={filter.level}
          onChange={(level?: number) => set({ level })}
          options={[5, 4, 3, 2, 1].map((l) => ({ value: l, label: L(`${l} 级`, `Level ${l}`) }))}
          data-testid="sim-task-level"
        />
        <Select
          allowClear
          placeholder={L('工种', 'Work type')}
          style={{ width: 160 }}
          value={filter.workType}
          onChange={(workType?: TaskFilter['workType']) => set({ workType })}
          options={WORK_TYPES.map((w) => ({ value: w, label: w }))}
        />
        <Select
          allowClear
          placeholder={L('职业功能', 'Function')}
          style={{ width: 190 }}
          value={filter.weightItem}
          onChange={(weightItem?: string) => set({ weightItem })}
          options={SKILL_WEIGHT_ITEMS.map((w) => ({ value: w, label: w }))}
          data-testid="sim-task-function"
        />
        <Select
          allowClear
          placeholder={L('平台', 'Marketplace')}
          style={{ width: 150 }}
          value={filter.marketplace}
          onChange={(marketplace?: Marketplace) => set({ marketplace })}
          options={MARKETPLACES.map((m) => ({ value: m, label: MARKETPLACE_LABELS[m][lang] }))}
        />
      </Flex>
      {tasks.isError ? (
        <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} />
      ) : (
        <Table<SimTaskSummary>
          size="small"
          rowKey="id"
          loading={tasks.isFetching}
          dataSource={tasks.data?.items ?? []}
          scroll={{ x: 1080 }}
          data-testid="sim-practice-tasks"
          pagination={{
            current: filter.page,
            pageSize: filter.pageSize,
            total: tasks.data?.total ?? 0,
            onChange: (page, pageSize) => setFilter((f) => ({ ...f, page, pageSize })),
          }}
          onRow={(t) => ({ 'data-testid': `sim-task-row-${t.code}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: L('编号', 'Code'), dataIndex: 'code', width: 120 },
            { title: L('任务', 'Task'), key: 'title', width: 280, render: (_: unknown, t) => loc(t.title) },
            {
              title: L('等级/工种', 'Level / work type'),
              key: 'lv',
              width: 160,
              render: (_: unknown, t) => `${L(`${t.level} 级`, `L${t.level}`)} · ${t.workType}`,
            },
            { title: L('职业功能', 'Function'), dataIndex: 'weightItem', width: 150 },
            {
              title: L('平台', 'Marketplace'),
              dataIndex: 'marketplace',
              width: 130,
              render: (m: Marketplace) => <Tag>{MARKETPLACE_LABELS[m][lang]}</Tag>,
            },
            {
              title: L('分值/时限', 'Points / time'),
              key: 'pts',
              width: 110,
              render: (_: unknown, t) => `${t.totalPoints} · ${t.timeLimitMinutes}′`,
            },
            {
              title: '',
              key: 'start',
              width: 110,
              fixed: 'right',
              render: (_: unknown, t) => (
                <Button
                  type="primary"
                  size="small"
                  icon={<PlayCircleOutlined />}
                  loading={starting === t.id}
                  onClick={() => void start(t.id, { taskId: t.id })}
                  data-testid={`sim-task-start-${t.code}`}
                >
                  {L('开始练习', 'Start')}
                </Button>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}

function RunsTab() {
  const { L, loc, lang } = useL();
  const runs = useSimRuns();
  if (runs.isError) return <QueryError error={runs.error} onRetry={() => void runs.refetch()} />;
  return (
    <Table<SimRunListItem>
      size="small"
      rowKey="id"
      loading={runs.isFetching}
      dataSource={runs.data?.items ?? []}
      scroll={{ x: 820 }}
      data-testid="sim-my-runs"
      columns={[
        {
          title: L('任务', 'Task'),
          key: 't',
          render: (_: unknown, r) => (
            <Link to={`/sim/runs/${r.id}`} data-testid={`sim-run-open-${r.id}`}>
              {r.taskTitle ? `${r.taskCode ?? ''} ${loc(r.taskTitle)}` : L('沙盒店铺', 'Sandbox store')}
            </Link>
          ),
        },
        {
          title: L('平台', 'Marketplace'),
          dataIndex: 'marketplace',
          width: 130,
          render: (m: Marketplace) => MARKETPLACE_LABELS[m][lang],
        },
        { title: L('类型', 'Kind'), dataIndex: 'kind', width: 90, render: (k: string) => <Tag>{k}</Tag> },
        {
          title: L('得分', 'Score'),
          key: 's',
          width: 100,
          render: (_: unknown, r) => (r.awarded === null ? '—' : `${r.awarded} / ${r.total ?? '—'}`),
        },
        { title: L('操作数', 'Actions'), dataIndex: 'actionCount', width: 80 },
        {
          title: L('更新', 'Updated'),
          dataIndex: 'updatedAt',
          width: 170,
          render: (v: string) => formatDateTime(v, lang),
        },
      ]}
    />
  );
}

function SandboxTab() {
  const { L, lang } = useL();
  const runs = useSimRuns();
  const { start, starting } = useStartRun();
  return (
    <Space wrap size={12} data-testid="sim-sandbox">
      {MARKETPLACES.map((m) => {
        const existing = runs.data?.items.find(
          (r) => r.kind === 'sandbox' && r.marketplace === m && r.status === 'open',
        );
        return (
          <Card
            key={m}
            size="small"
            style={{ width: 260 }}
            title={
              <>
                <ShopOutlined /> {MARKETPLACE_LABELS[m][lang]}
              </>
            }
          >
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {L(
                '自由练习的店铺：可推进市场天数，观察价格、广告和物流选择对销量和指标的影响。',
                'A store to practise freely: advance the market and watch how price, ads and shipping change sales.',
              )}
            </Typography.Paragraph>
            {existing ? (
              <Link to={`/sim/runs/${existing.id}`}>
                <Button type="primary" data-testid={`sim-sandbox-open-${m}`}>
                  {L('打开沙盒店铺', 'Open sandbox store')}
                </Button>
              </Link>
            ) : (
              <Button
                type="primary"
                loading={starting === m}
                onClick={() => void start(m, { marketplace: m })}
                data-testid={`sim-sandbox-open-${m}`}
              >
                {L('打开沙盒店铺', 'Open sandbox store')}
              </Button>
            )}
          </Card>
        );
      })}
    </Space>
  );
}
