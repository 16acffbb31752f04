import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Flex, InputNumber, Row, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import { type StandardVersion, setWeights, standardKeys, type WeightTable } from '../../api/standards';
import { useI18n } from '../../i18n';
import {
  columnLabel,
  isWorkType,
  LEVELS,
  type Level,
  levelName,
  type WeightCell,
  WORK_TYPES,
  type WorkType,
  weightColumn,
} from './standardsUtil';

/** WEIGHTS_DO_NOT_SUM already names the column and its sum; an edit refusal adds its reason in details[0]. */
function errorText(e: unknown): string {
  if (e instanceof ApiError && e.code !== 'WEIGHTS_DO_NOT_SUM' && e.details.length > 0) {
    const extra = [...new Set(e.details.map((d) => d.message))].filter((m) => m && !e.message.includes(m));
    return extra.length > 0 ? `${e.message}：${extra.join('；')}` : e.message;
  }
  return errorMessage(e);
}

/** One column of one weight table, edited as a whole with a live sum; the server checks it sums to 100. */
function ColumnEditor({
  version,
  table,
  level,
  workType,
}: {
  version: StandardVersion;
  table: WeightTable;
  level: Level;
  workType: WorkType | null;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const original = weightColumn(table, level, workType);
  const [values, setValues] = useState<Record<string, number | null>>(() =>
    Object.fromEntries(original.map((c) => [c.item, c.weight])),
  );
  const [error, setError] = useState<string | null>(null);
  const sum = Object.values(values).reduce<number>((s, v) => s + (v ?? 0), 0);
  const dirty = original.some((c) => (values[c.item] ?? null) !== c.weight);
  const label = columnLabel(table, version.snapshot, level, workType);

  const save = useMutation({
    mutationFn: () =>
      setWeights(version.id, {
        kind: table.kind,
        level,
        ...(level === 1 || !workType ? {} : { workType }),
        weights: Object.entries(values)
          .filter((e): e is [string, number] => typeof e[1] === 'number')
          .map(([item, weight]) => ({ item, weight })),
      }),
    onMutate: () => setError(null),
    onSuccess: () => {
      void message.success(t('weights.saved', { column: label }));
      void qc.invalidateQueries({ queryKey: standardKeys.all });
    },
    onError: (e) => setError(errorText(e)),
  });

  return (
    <Card
      size="small"
      title={label}
      data-testid={`wedit-${table.kind}`}
      extra={
        <Tag color={sum === 100 ? 'success' : 'error'} data-testid={`wedit-sum-${table.kind}`} data-sum={sum}>
          {t('weights.sum', { sum })}
        </Tag>
      }
    >
      <Table<WeightCell>
        size="small"
        rowKey="item"
        pagination={false}
        dataSource={original}
        columns={[
          { title: t('std.weightGroup'), dataIndex: 'group', width: 110 },
          { title: t('std.weightItem'), dataIndex: 'item' },
          {
            title: t('std.weightPercent'),
            key: 'weight',
            width: 130,
            render: (_: unknown, c) => (
              <InputNumber
                size="small"
                min={0}
                max={100}
                precision={0}
                placeholder="—"
                value={values[c.item] ?? null}
                onChange={(v) => setValues((prev) => ({ ...prev, [c.item]: typeof v === 'number' ? v : null }))}
                status={(values[c.item] ?? null) !== c.weight ? 'warning' : undefined}
                data-testid={`wedit-${table.kind}-${c.item}`}
                aria-label={`${label} ${c.item}`}
              />
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0' }}>
        {t('weights.hint')}
      </Typography.Paragraph>
      {sum !== 100 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={t('weights.sumWarning', { column: label, sum })}
          data-testid={`wedit-warning-${table.kind}`}
        />
      ) : null}
      {error ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          title={error}
          data-testid={`wedit-error-${table.kind}`}
          role="alert"
        />
      ) : null}
      <Flex gap={8}>
        <Button
          type="primary"
          icon={<SaveOutlined />}
          disabled={!dirty}
          loading={save.isPending}
          onClick={() => save.mutate()}
          data-testid={`wedit-save-${table.kind}`}
        >
          {t('weights.save')}
        </Button>
        <Button
          icon={<UndoOutlined />}
          disabled={!dirty}
          onClick={() => {
            setValues(Object.fromEntries(original.map((c) => [c.item, c.weight])));
            setError(null);
          }}
          data-testid={`wedit-reset-${table.kind}`}
        >
          {t('weights.reset')}
        </Button>
      </Flex>
    </Card>
  );
}

/** 权重编辑: pick a level and work type, edit the two columns (理论知识 / 技能要求). */
export function DraftWeightEditor({ version }: { version: StandardVersion }) {
  const [level, setLevel] = useState<Level>(4);
  const [wt, setWt] = useState<WorkType>('网商');
  const snapshot = version.snapshot;
  const workType = level === 1 ? null : wt;
  // the editors start from the saved column: remount them when the column or the saved data changes
  const stamp = `${level}-${workType}-${version.updatedAt}`;
  return (
    <Flex vertical gap={12} data-testid="weight-editor">
      <Flex gap={12} wrap>
        <Segmented
          value={level}
          onChange={(v) => setLevel(v as Level)}
          data-testid="wedit-level"
          options={LEVELS.map((l) => ({
            value: l,
            label: <span data-testid={`wedit-level-${l}`}>{levelName(snapshot, l)}</span>,
          }))}
        />
        {level !== 1 ? (
          <Segmented
            value={wt}
            onChange={(v) => isWorkType(String(v)) && setWt(String(v) as WorkType)}
            data-testid="wedit-worktype"
            options={WORK_TYPES.map((w) => ({ value: w, label: <span data-testid={`wedit-wt-${w}`}>{w}</span> }))}
          />
        ) : null}
      </Flex>
      <Row gutter={[16, 16]}>
        {(['theory', 'skill'] as const).map((kind) => (
          <Col key={kind} xs={24} xl={12}>
            <ColumnEditor
              key={`${kind}-${stamp}`}
              version={version}
              table={snapshot.weights[kind]}
              level={level}
              workType={workType}
            />
          </Col>
        ))}
      </Row>
    </Flex>
  );
}
