import { CheckCircleFilled, CloseCircleFilled, ReloadOutlined } from '@ant-design/icons';
import type { Loc } from '@crossskill/simulation';
import { Alert, Button, Card, Flex, List, Popconfirm, Progress, Tag, Typography } from 'antd';
import { tid } from '../../../lib/testid';
import { useL } from './l10n';
import type { SimReport } from './simApi';

export interface TaskPanelTask {
  code: string;
  title: Loc;
  instructions: Loc;
  checks: { id: string; title: Loc; points: number }[];
  timeLimitMinutes: number;
  skillItems: string[];
}

/**
 * 任务面板 beside the console: the task, its instructions with this run's parameters, and the checks with points.
 * Practice: 检查得分 scores now and shows each check ✓/✗ with feedback and detail; 重置 starts the store again.
 * Exam: instructions and the checks' titles and points only — no feedback.
 */
export function TaskPanel({
  task,
  mode,
  report,
  onCheck,
  onReset,
  checking,
  resetting,
  error,
}: {
  task: TaskPanelTask;
  mode: 'practice' | 'exam';
  report: SimReport | null;
  onCheck?: () => void;
  onReset?: () => void;
  checking?: boolean;
  resetting?: boolean;
  error?: string | null;
}) {
  const { L, loc } = useL();
  const practice = mode === 'practice';
  const total = task.checks.reduce((s, c) => s + c.points, 0);
  const results = practice && report ? new Map(report.results.map((r) => [r.checkId, r])) : null;
  return (
    <Card
      size="small"
      data-testid="sim-task-panel"
      title={
        <Flex vertical gap={0}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {task.code} · {L(`限时 ${task.timeLimitMinutes} 分钟`, `${task.timeLimitMinutes} min`)}
          </Typography.Text>
          <Typography.Text strong style={{ whiteSpace: 'normal' }} data-testid="sim-task-title">
            {loc(task.title)}
          </Typography.Text>
        </Flex>
      }
    >
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="sim-task-instructions">
        {loc(task.instructions)}
      </Typography.Paragraph>
      {task.skillItems.length > 0 ? (
        <Flex gap={4} wrap style={{ marginBottom: 8 }}>
          {task.skillItems.map((s) => (
            <Tag key={s}>{s}</Tag>
          ))}
        </Flex>
      ) : null}
      {practice && report ? (
        <div data-testid="sim-score" style={{ marginBottom: 8 }}>
          <Typography.Text strong>
            {L('得分', 'Score')}: <span data-testid="sim-score-value">{report.awarded}</span> / {report.total}
          </Typography.Text>
          <Progress percent={report.total > 0 ? Math.round((report.awarded / report.total) * 100) : 0} size="small" />
        </div>
      ) : null}
      <List
        size="small"
        header={
          <Typography.Text strong>
            {L('评分项', 'Checks')} ({total} {L('分', 'pts')})
          </Typography.Text>
        }
        dataSource={task.checks}
        data-testid="sim-task-checks"
        renderItem={(c) => {
          const r = results?.get(c.id);
          return (
            <List.Item data-testid={`sim-check-${c.id}`} data-passed={r ? String(r.passed) : undefined}>
              <Flex vertical style={{ width: '100%' }}>
                <Flex gap={6} align="start">
                  {r ? (
                    r.passed ? (
                      <CheckCircleFilled style={{ color: '#52c41a', marginTop: 4 }} />
                    ) : (
                      <CloseCircleFilled style={{ color: '#ff4d4f', marginTop: 4 }} />
                    )
                  ) : null}
                  <span style={{ flex: 1 }}>{loc(c.title)}</span>
                  <Tag style={{ marginInlineEnd: 0 }}>
                    {r ? `${r.awarded}/` : ''}
                    {c.points}
                  </Tag>
                </Flex>
                {r ? (
                  <Typography.Text type={r.passed ? 'success' : 'danger'} style={{ fontSize: 12 }}>
                    {loc(r.feedback)}
                    {loc(r.detail) ? <span style={{ color: '#888' }}> — {loc(r.detail)}</span> : null}
                  </Typography.Text>
                ) : null}
              </Flex>
            </List.Item>
          );
        }}
      />
      {error ? (
        <Alert type="error" showIcon title={error} style={{ marginTop: 8 }} data-testid="sim-task-error" />
      ) : null}
      {practice ? (
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          <Button type="primary" loading={checking} onClick={onCheck} data-testid="sim-check">
            {L('检查得分', 'Check my work')}
          </Button>
          <Popconfirm
            title={L('重置店铺？', 'Reset the store?')}
            description={L('店铺回到任务开始时的状态，操作记录清空。', 'The store goes back to the start of the task.')}
            onConfirm={onReset}
            okButtonProps={tid('sim-reset-confirm')}
          >
            <Button icon={<ReloadOutlined />} loading={resetting} data-testid="sim-reset">
              {L('重置', 'Reset')}
            </Button>
          </Popconfirm>
        </Flex>
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
          {L('考试中不显示评分反馈，提交后由系统评分。', 'No feedback during the exam; it is scored after you submit.')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
