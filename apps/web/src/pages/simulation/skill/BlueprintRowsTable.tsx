import { InputNumber, Select, Table, Typography } from 'antd';
import { useI18n } from '../../../i18n';
import type { WeightRow } from './initialRows';
import type { SimTaskSummary, SkillBlueprintRow } from './skillApi';
import { pts, useTx } from './skillText';

/**
 * The skill blueprint next to the version's skill weight table: per 职业功能 its weight, the row's points and the
 * tasks one of which each candidate draws; the server's problems of each row under it.
 */
export function BlueprintRowsTable({
  weights,
  rows,
  tasks,
  tasksLoading,
  rowErrors,
  disabled,
  onChange,
}: {
  weights: WeightRow[];
  rows: SkillBlueprintRow[];
  tasks: SimTaskSummary[];
  tasksLoading: boolean;
  rowErrors: Map<number, string[]>;
  disabled: boolean;
  onChange: (rows: SkillBlueprintRow[]) => void;
}) {
  const tx = useTx();
  const { pick } = useI18n();
  const update = (i: number, patch: Partial<SkillBlueprintRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const sum = rows.reduce((s, r) => s + (r.points || 0), 0);

  return (
    <Table<SkillBlueprintRow & { index: number }>
      size="small"
      rowKey="weightItem"
      pagination={false}
      data-testid="skill-blueprint"
      dataSource={rows.map((r, index) => ({ ...r, index }))}
      onRow={(r) => ({ 'data-testid': `skill-row-${r.weightItem}` }) as React.HTMLAttributes<HTMLElement>}
      footer={() => (
        <Typography.Text type={sum === 100 ? 'success' : 'warning'} data-testid="skill-blueprint-sum">
          {tx('blueprintSum', { sum: pts(sum) })}
        </Typography.Text>
      )}
      columns={[
        {
          title: tx('weightItem'),
          dataIndex: 'weightItem',
          width: 200,
          render: (v: string, r) => (
            <div>
              <div>{v}</div>
              {(rowErrors.get(r.index) ?? []).map((line) => (
                <Typography.Text key={line} type="danger" style={{ display: 'block' }} data-testid="skill-row-error">
                  {line}
                </Typography.Text>
              ))}
            </div>
          ),
        },
        {
          title: tx('weight'),
          key: 'weight',
          width: 80,
          render: (_: unknown, r) => {
            const w = weights.find((x) => x.weightItem === r.weightItem);
            return <span data-testid="skill-row-weight">{w ? `${w.percent}%` : '—'}</span>;
          },
        },
        {
          title: tx('points'),
          key: 'points',
          width: 110,
          render: (_: unknown, r) => (
            <InputNumber
              min={0}
              max={100}
              value={r.points}
              disabled={disabled}
              onChange={(v) => update(r.index, { points: typeof v === 'number' ? v : 0 })}
              data-testid={`skill-row-points-${r.index}`}
            />
          ),
        },
        {
          title: tx('tasks'),
          key: 'tasks',
          render: (_: unknown, r) => {
            const options = tasks
              .filter((t) => t.weightItem === r.weightItem || r.taskIds.includes(t.id))
              .map((t) => ({ value: t.id, label: `${t.code} ${pick(t.title)}` }));
            for (const id of r.taskIds) {
              if (!options.some((o) => o.value === id)) options.push({ value: id, label: id.slice(0, 8) });
            }
            return (
              <Select
                mode="multiple"
                value={r.taskIds}
                options={options}
                loading={tasksLoading}
                disabled={disabled}
                placeholder={tx('pickTasks')}
                notFoundContent={tx('noTasks')}
                showSearch={{ optionFilterProp: 'label' }}
                onChange={(v: string[]) => update(r.index, { taskIds: v })}
                style={{ width: '100%', minWidth: 320 }}
                data-testid={`skill-row-tasks-${r.index}`}
              />
            );
          },
        },
      ]}
    />
  );
}
