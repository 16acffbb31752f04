import { DownloadOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { SimTaskStatus } from '@crossskill/contracts';
import { SKILL_WEIGHT_ITEMS } from '@crossskill/simulation';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Input, Popconfirm, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage } from '../../../api/client';
import { Page } from '../../../components/Page';
import { QueryError } from '../../../components/QueryError';
import { useI18n } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import { menuItem } from '../../../menu';
import { useL } from '../console/l10n';
import { MARKETPLACE_LABELS, MARKETPLACES, WORK_TYPES } from '../console/labels';
import {
  copySimTask,
  exportSimTasks,
  type Marketplace,
  type SimTaskSummary,
  setSimTaskStatus,
  simKeys,
  type TaskFilter,
  useSimTasks,
} from '../console/simApi';
import { CopyTaskModal } from './CopyTaskModal';

const STATUS_COLOURS: Record<SimTaskStatus, string> = { draft: 'default', active: 'green', retired: 'orange' };

/**
 * 实训任务库 (lecturers, admins): the platform's library tasks and the organisation's own, with filters; view or
 * edit, copy a library task into the organisation, activate or retire. (No Excel export: the list route has no
 * xlsx format and the web has no client-side Excel writer.)
 */
export default function TaskLibraryPage() {
  const { pick } = useI18n();
  const { L, loc, lang } = useL();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<TaskFilter>({ page: 1, pageSize: 50 });
  const [source, setSource] = useState<'all' | 'library' | 'org'>('all');
  const [copying, setCopying] = useState<SimTaskSummary | null>(null);
  const tasks = useSimTasks(filter);
  const set = (patch: Partial<TaskFilter>) => setFilter((f) => ({ ...f, ...patch, page: 1 }));
  const rows = (tasks.data?.items ?? []).filter((t) => source === 'all' || t.source === source);

  const changeStatus = async (t: SimTaskSummary, status: SimTaskStatus) => {
    try {
      await setSimTaskStatus(t.id, status);
      void message.success(L('已更新', 'Updated'));
      void qc.invalidateQueries({ queryKey: simKeys.all });
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  return (
    <Page
      title={pick(menuItem('simTasks').label)}
      testId="sim-tasks-page"
      extra={
        <>
          <Button icon={<ReloadOutlined />} onClick={() => void tasks.refetch()}>
            {L('刷新', 'Refresh')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            data-testid="sim-task-export"
            onClick={() =>
              exportSimTasks(filter, L('实训任务库.xlsx', 'simulation-tasks.xlsx')).catch((e: unknown) =>
                message.error(errorMessage(e)),
              )
            }
          >
            {L('导出 Excel', 'Export to Excel')}
          </Button>
          <Link to="/sim/tasks/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="sim-task-new">
              {L('新建任务', 'New task')}
            </Button>
          </Link>
        </>
      }
    >
      <Card size="small">
        <Flex gap={8} wrap style={{ marginBottom: 8 }}>
          <Segmented
            value={source}
            onChange={(v) => setSource(v as typeof source)}
            options={[
              { value: 'all', label: L('全部', 'All') },
              { value: 'library', label: L('平台任务库', 'Library') },
              { value: 'org', label: L('本机构', 'Mine') },
            ]}
            data-testid="sim-tasks-source"
          />
          <Input.Search
            allowClear
            style={{ width: 180 }}
            placeholder={L('编号/名称', 'Code / title')}
            onSearch={(q) => set({ q: q || undefined })}
          />
          <Select
            allowClear
            placeholder={L('等级', 'Level')}
            style={{ width: 100 }}
            onChange={(level?: number) => set({ level })}
            options={[5, 4, 3, 2, 1].map((l) => ({ value: l, label: L(`${l} 级`, `Level ${l}`) }))}
          />
          <Select
            allowClear
            placeholder={L('工种', 'Work type')}
            style={{ width: 150 }}
            onChange={(workType?: TaskFilter['workType']) => set({ workType })}
            options={WORK_TYPES.map((w) => ({ value: w, label: w }))}
          />
          <Select
            allowClear
            placeholder={L('职业功能', 'Function')}
            style={{ width: 180 }}
            onChange={(weightItem?: string) => set({ weightItem })}
            options={SKILL_WEIGHT_ITEMS.map((w) => ({ value: w, label: w }))}
          />
          <Select
            allowClear
            placeholder={L('平台', 'Marketplace')}
            style={{ width: 150 }}
            onChange={(marketplace?: Marketplace) => set({ marketplace })}
            options={MARKETPLACES.map((m) => ({ value: m, label: MARKETPLACE_LABELS[m][lang] }))}
          />
          <Select
            allowClear
            placeholder={L('状态', 'Status')}
            style={{ width: 110 }}
            onChange={(status?: SimTaskStatus) => set({ status })}
            options={(['draft', 'active', 'retired'] as const).map((s) => ({ value: s, label: s }))}
          />
        </Flex>
        {tasks.isError ? (
          <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} />
        ) : (
          <Table<SimTaskSummary>
            size="small"
            rowKey="id"
            loading={tasks.isFetching}
            dataSource={rows}
            scroll={{ x: 1560 }}
            data-testid="sim-tasks-table"
            pagination={{
              current: filter.page,
              pageSize: filter.pageSize,
              total: tasks.data?.total ?? 0,
              onChange: (page, pageSize) => setFilter((f) => ({ ...f, page, pageSize })),
            }}
            columns={[
              {
                title: L('编号', 'Code'),
                dataIndex: 'code',
                width: 130,
                render: (code: string, t) => (
                  <Link to={`/sim/tasks/${t.id}`} data-testid={`sim-task-open-${code}`}>
                    {code}
                  </Link>
                ),
              },
              { title: L('任务', 'Task'), key: 'title', width: 280, render: (_: unknown, t) => loc(t.title) },
              {
                title: L('等级/工种', 'Level / type'),
                key: 'lv',
                width: 150,
                render: (_: unknown, t) => `${t.level} · ${t.workType}`,
              },
              { title: L('职业功能', 'Function'), dataIndex: 'weightItem', width: 140 },
              {
                title: L('平台', 'Marketplace'),
                dataIndex: 'marketplace',
                width: 130,
                render: (m: Marketplace) => MARKETPLACE_LABELS[m][lang],
              },
              {
                title: L('来源', 'Source'),
                dataIndex: 'source',
                width: 90,
                render: (s: string) =>
                  s === 'library' ? (
                    <Tag color="purple">{L('平台', 'Library')}</Tag>
                  ) : (
                    <Tag color="blue">{L('本机构', 'Mine')}</Tag>
                  ),
              },
              {
                title: L('状态', 'Status'),
                dataIndex: 'status',
                width: 90,
                render: (s: SimTaskStatus) => <Tag color={STATUS_COLOURS[s]}>{s}</Tag>,
              },
              { title: L('版本', 'Rev.'), dataIndex: 'revision', width: 60 },
              {
                title: L('评分项/分值', 'Checks / pts'),
                key: 'c',
                width: 100,
                render: (_: unknown, t) => `${t.checkCount} / ${t.totalPoints}`,
              },
              {
                title: L('更新', 'Updated'),
                dataIndex: 'updatedAt',
                width: 160,
                render: (v: string) => formatDateTime(v, lang),
              },
              {
                title: '',
                key: 'ops',
                width: 200,
                fixed: 'right',
                render: (_: unknown, t) => (
                  <Space size={0} wrap>
                    <Link to={`/sim/tasks/${t.id}`}>
                      <Button size="small" type="link">
                        {t.source === 'library' ? L('查看', 'View') : L('编辑', 'Edit')}
                      </Button>
                    </Link>
                    <Button
                      size="small"
                      type="link"
                      onClick={() => setCopying(t)}
                      data-testid={`sim-task-copy-${t.code}`}
                    >
                      {L('复制', 'Copy')}
                    </Button>
                    {t.source === 'org' && t.status !== 'active' ? (
                      <Button
                        size="small"
                        type="link"
                        onClick={() => void changeStatus(t, 'active')}
                        data-testid={`sim-task-activate-${t.code}`}
                      >
                        {L('启用', 'Activate')}
                      </Button>
                    ) : null}
                    {t.source === 'org' && t.status === 'active' ? (
                      <Popconfirm
                        title={L('停用该任务？', 'Retire this task?')}
                        onConfirm={() => void changeStatus(t, 'retired')}
                      >
                        <Button size="small" type="link" danger data-testid={`sim-task-retire-${t.code}`}>
                          {L('停用', 'Retire')}
                        </Button>
                      </Popconfirm>
                    ) : null}
                  </Space>
                ),
              },
            ]}
          />
        )}
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
          {L(
            '平台任务库中的任务只读；复制到本机构后可修改、试做并启用。',
            'Library tasks are read-only; copy one to your organisation to edit, try and activate it.',
          )}
        </Typography.Paragraph>
      </Card>
      <CopyTaskModal
        task={copying}
        onClose={() => setCopying(null)}
        onCopy={async (code) => {
          if (!copying) return;
          const copy = await copySimTask(copying.id, code);
          void qc.invalidateQueries({ queryKey: simKeys.all });
          setCopying(null);
          navigate(`/sim/tasks/${copy.task.id}`);
        }}
      />
    </Page>
  );
}
