import { ArrowLeftOutlined, ExperimentOutlined, SaveOutlined } from '@ant-design/icons';
import { type TaskDefinition, type TaskProblem, validateTaskDefinition } from '@crossskill/simulation';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Drawer, Form, List, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage, isApiError } from '../../../api/client';
import { Page } from '../../../components/Page';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import { formatDateTime } from '../../../lib/format';
import { useL } from '../console/l10n';
import { createSimTask, simKeys, updateSimTask, useSimTask } from '../console/simApi';
import {
  buildDefinition,
  EMPTY_DEFINITION,
  groupProblems,
  type JsonError,
  type JsonSection,
  type JsonTexts,
  problemsFromDetails,
  splitDefinition,
} from './editorUtil';
import { JsonSectionsEditor } from './JsonSectionsEditor';
import { type MetaValues, TaskMetaForm } from './TaskMetaForm';
import { TryItPanel } from './TryItPanel';

/** /sim/tasks/:taskId ('new' → null): the task definition — metadata as a form, the rest as JSON — and 试做. */
export default function TaskEditorPage({ taskId }: { taskId: string | null }) {
  const detail = useSimTask(taskId);
  if (taskId && detail.isPending) return <PageLoading />;
  if (taskId && detail.isError) return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  const definition = (detail.data?.definition as TaskDefinition | undefined) ?? EMPTY_DEFINITION;
  return <Editor key={`${taskId ?? 'new'}-${detail.data?.task.revision ?? 0}`} taskId={taskId} initial={definition} />;
}

function Editor({ taskId, initial }: { taskId: string | null; initial: TaskDefinition }) {
  const { L, loc, lang } = useL();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const detail = useSimTask(taskId);
  const split = useMemo(() => splitDefinition(initial), [initial]);
  const [form] = Form.useForm<MetaValues>();
  const [texts, setTexts] = useState<JsonTexts>(split.texts);
  const [problems, setProblems] = useState<TaskProblem[]>([]);
  const [jsonErrors, setJsonErrors] = useState<JsonError[]>([]);
  const [saving, setSaving] = useState(false);
  const [trying, setTrying] = useState<TaskDefinition | null>(null);
  const task = detail.data?.task;
  const readOnly = task?.source === 'library';
  const grouped = useMemo(() => groupProblems(problems), [problems]);

  useEffect(() => {
    form.setFieldsValue({ ...split.meta, marketplace: initial.scenario?.marketplace ?? 'amazon' });
  }, [form, split, initial]);

  /** The definition from the form and the JSON, checked by the simulator's validator (the server runs the same). */
  const check = (): TaskDefinition | null => {
    const meta = form.getFieldsValue(true) as MetaValues;
    const built = buildDefinition(meta, texts);
    setJsonErrors(built.errors);
    if (built.errors.length > 0) {
      setProblems([]);
      return null;
    }
    const scenario = built.definition.scenario;
    if (scenario && typeof scenario === 'object') (scenario as Record<string, unknown>).marketplace = meta.marketplace;
    const result = validateTaskDefinition(built.definition);
    setProblems(result.ok ? [] : result.problems);
    return result.ok ? result.task : null;
  };

  const save = async () => {
    const def = check();
    if (!def) {
      void message.error(L('任务定义有误，请查看标出的位置', 'The definition has problems; see the marked places'));
      return;
    }
    setSaving(true);
    try {
      const saved = taskId ? await updateSimTask(taskId, def) : await createSimTask(def);
      void qc.invalidateQueries({ queryKey: simKeys.all });
      void message.success(L(`已保存为第 ${saved.task.revision} 版`, `Saved as revision ${saved.task.revision}`));
      if (!taskId) navigate(`/sim/tasks/${saved.task.id}`, { replace: true });
    } catch (e) {
      if (isApiError(e, 'SIM_TASK_INVALID')) setProblems(problemsFromDetails(e.details));
      void message.error(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  const metaProblems = grouped.get('meta') ?? [];
  return (
    <Page
      title={task ? `${task.code} ${loc(task.title)}` : L('新建实训任务', 'New simulation task')}
      testId="sim-task-editor"
      extra={
        <>
          <Link to="/sim/tasks">
            <Button icon={<ArrowLeftOutlined />}>{L('任务库', 'Task library')}</Button>
          </Link>
          <Button
            icon={<ExperimentOutlined />}
            onClick={() => {
              const def = check();
              if (def) setTrying(def);
              else void message.error(L('请先修正标出的问题', 'Fix the marked problems first'));
            }}
            data-testid="sim-task-try"
          >
            {L('试做', 'Try it')}
          </Button>
          <Button
            onClick={() => (check() ? void message.success(L('校验通过', 'No problems found')) : undefined)}
            data-testid="sim-task-validate"
          >
            {L('校验', 'Validate')}
          </Button>
          {readOnly ? null : (
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={saving}
              onClick={() => void save()}
              data-testid="sim-task-save"
            >
              {L('保存', 'Save')}
            </Button>
          )}
        </>
      }
    >
      {readOnly ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={L(
            '平台任务库中的任务只读，请在任务库中复制到本机构后修改。',
            'Library tasks are read-only; copy the task to your organisation to edit it.',
          )}
        />
      ) : null}
      <Card size="small" title={L('基本信息', 'Task')}>
        {metaProblems.length > 0 ? (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 8 }}
            data-testid="sim-task-problems-meta"
            title={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {metaProblems.map((p) => (
                  <li key={`${p.path}|${p.message.en}`}>
                    <code>{p.path}</code> {loc(p.message)}
                  </li>
                ))}
              </ul>
            }
          />
        ) : null}
        <TaskMetaForm form={form} readOnly={readOnly} />
      </Card>
      <Card
        size="small"
        style={{ marginTop: 12 }}
        title={L('参数、场景、评分项与参考解答（JSON）', 'Parameters, scenario, checks and solution (JSON)')}
      >
        <JsonSectionsEditor
          texts={texts}
          onChange={(section: JsonSection, text: string) => setTexts((t) => ({ ...t, [section]: text }))}
          problems={grouped}
          jsonErrors={jsonErrors}
          readOnly={readOnly}
        />
      </Card>
      {detail.data?.revisions.length ? (
        <Card size="small" style={{ marginTop: 12 }} title={L('版本', 'Revisions')}>
          <List
            size="small"
            dataSource={detail.data.revisions}
            renderItem={(r) => (
              <List.Item>
                <Space>
                  <Tag>r{r.revision}</Tag>
                  <Typography.Text>{formatDateTime(r.createdAt, lang)}</Typography.Text>
                  <Typography.Text type="secondary">{r.createdByName ?? L('平台', 'platform')}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </Card>
      ) : null}
      <Drawer
        open={trying !== null}
        onClose={() => setTrying(null)}
        size="100%"
        title={`${L('试做', 'Try it')}: ${trying ? loc(trying.title) : ''}`}
        destroyOnHidden
      >
        {trying ? <TryItPanel definition={trying} /> : null}
      </Drawer>
    </Page>
  );
}
