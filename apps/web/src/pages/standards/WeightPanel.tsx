import { Card, Col, Row, Table, Typography, theme } from 'antd';
import { useMemo } from 'react';
import type { StandardSnapshot, WeightTable } from '../../api/standards';
import EChart, { type EChartOption } from '../../components/EChart';
import { useI18n } from '../../i18n';
import {
  allColumns,
  columnKey,
  columnLabel,
  type Level,
  levelGrade,
  type WorkType,
  weightColumn,
} from './standardsUtil';

function WeightCard({
  table,
  snapshot,
  level,
  workType,
}: {
  table: WeightTable;
  snapshot: StandardSnapshot;
  level: Level;
  workType: WorkType | null;
}) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const cells = weightColumn(table, level, workType).filter((c) => c.weight !== null && c.weight > 0);
  const total = cells.reduce((s, c) => s + (c.weight ?? 0), 0);
  const label = columnLabel(table, snapshot, level, workType);

  const option = useMemo<EChartOption>(
    () => ({
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => `${String(v)}%` },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: cells.map((c) => c.item),
        axisLabel: { width: 140, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          name: label,
          data: cells.map((c) => c.weight ?? 0),
          barMaxWidth: 22,
          itemStyle: { color: table.kind === 'theory' ? token.colorPrimary : '#13a8a8' },
          label: { show: true, position: 'right', formatter: '{c}%' },
        },
      ],
    }),
    [cells, label, table.kind, token.colorPrimary],
  );

  return (
    <Card size="small" title={label} data-testid={`std-weights-${table.kind}`}>
      <EChart option={option} height={Math.max(160, cells.length * 36 + 24)} testId={`std-chart-${table.kind}`} />
      <Table
        size="small"
        rowKey="item"
        pagination={false}
        dataSource={cells}
        data-testid={`std-weights-table-${table.kind}`}
        columns={[
          { title: t('std.weightItem'), dataIndex: 'item' },
          { title: t('std.weightGroup'), dataIndex: 'group', width: 120 },
          {
            title: t('std.weightPercent'),
            dataIndex: 'weight',
            width: 90,
            align: 'right',
            render: (v: number) => `${v}`,
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={2}>
              <Typography.Text strong>{t('std.weightTotal')}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              <Typography.Text
                strong
                type={total === 100 ? undefined : 'danger'}
                data-testid={`std-weights-total-${table.kind}`}
              >
                {total}
              </Typography.Text>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </Card>
  );
}

/** The whole table as printed in the standard (every level and work type), the selected column highlighted. */
function FullWeightTable({
  table,
  snapshot,
  current,
}: {
  table: WeightTable;
  snapshot: StandardSnapshot;
  current: string;
}) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const cols = allColumns(snapshot);
  return (
    <Table
      size="small"
      rowKey="item"
      pagination={false}
      bordered
      scroll={{ x: 1000 }}
      dataSource={table.rows}
      data-testid={`std-weights-full-${table.kind}`}
      columns={[
        { title: t('std.weightGroup'), dataIndex: 'group', width: 110, fixed: 'left' },
        { title: t('std.weightItem'), dataIndex: 'item', width: 160, fixed: 'left' },
        ...cols.map((c) => ({
          key: c.key,
          title: (
            <span>
              {levelGrade(snapshot, c.level)}
              {c.workType ? <br /> : null}
              {c.workType}
            </span>
          ),
          align: 'center' as const,
          width: 90,
          onCell: () => (c.key === current ? { style: { background: token.colorPrimaryBg } } : {}),
          render: (_: unknown, r: WeightTable['rows'][number]) => {
            const v = r.weights[c.key];
            return v === null || v === undefined ? '—' : v;
          },
        })),
      ]}
    />
  );
}

export default function WeightPanel({
  snapshot,
  level,
  workType,
}: {
  snapshot: StandardSnapshot;
  level: Level;
  workType: WorkType | null;
}) {
  const { t } = useI18n();
  const current = columnKey(level, workType);
  return (
    <Row gutter={[16, 16]} data-testid="std-weights">
      {(['theory', 'skill'] as const).map((kind) => (
        <Col key={kind} xs={24} xl={12}>
          <WeightCard table={snapshot.weights[kind]} snapshot={snapshot} level={level} workType={workType} />
        </Col>
      ))}
      {(['theory', 'skill'] as const).map((kind) => (
        <Col key={`full-${kind}`} span={24}>
          <Card size="small" title={`${snapshot.weights[kind].name}（${t('std.weightsFull')}）`}>
            <FullWeightTable table={snapshot.weights[kind]} snapshot={snapshot} current={current} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
