import {
  customsRulesFor,
  diffRuleSets,
  listRuleSetVersions,
  listSourcedRules,
  logisticsRulesFor,
  type RuleSource,
  ruleSetFor,
} from '@crossskill/simulation';
import { Card, Descriptions, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Page } from '../../components/Page';
import { useL } from './console/l10n';
import { MARKETPLACE_LABELS, MARKETPLACES } from './console/labels';
import type { Marketplace } from './console/simApi';

const show = (v: unknown): string => {
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return text === undefined ? '—' : text.length > 160 ? `${text.slice(0, 157)}…` : text;
};

function SourceCell({ source }: { source: RuleSource }) {
  return (
    <Space direction="vertical" size={0}>
      {source.url ? (
        <Typography.Link href={source.url} target="_blank" rel="noreferrer">
          {source.title}
        </Typography.Link>
      ) : (
        <span>{source.title}</span>
      )}
      {source.note ? <Typography.Text type="secondary">{source.note}</Typography.Text> : null}
    </Space>
  );
}

/**
 * 规则与来源: every rule the simulator applies, with its value, its public source and the date it applies from —
 * per marketplace and rule-set version, with what changed from the previous version; the logistics channels and
 * the customs supervision modes. Runs on the simulator's own data in the browser: what is shown is what is applied.
 */
export default function RulesPage() {
  const { L, loc } = useL();
  const [marketplace, setMarketplace] = useState<Marketplace>('amazon');
  // oldest first: the last is the one in force, the one before it is what it replaced
  const versions = [...listRuleSetVersions(marketplace)].sort();
  const [version, setVersion] = useState<string | undefined>(undefined);
  const current = version && versions.includes(version) ? version : (versions.at(-1) ?? '');
  const ruleSet = ruleSetFor(marketplace, current);
  const rules = useMemo(() => listSourcedRules(ruleSet), [ruleSet]);
  const previous = versions[versions.indexOf(current) - 1];
  const changes = useMemo(
    () => (previous ? diffRuleSets(ruleSetFor(marketplace, previous), ruleSet) : []),
    [marketplace, previous, ruleSet],
  );
  const logistics = logisticsRulesFor();
  const customs = customsRulesFor();

  return (
    <Page title={L('平台规则与来源', 'Marketplace rules and sources')} testId="sim-rules-page">
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">
          {L(
            '仿真平台按下列规则判定上架、订单、物流和报关操作。每条规则都注明公开来源和生效日期；平台规则变化时发布新版本，讲师可让任务使用新版本。',
            'The simulator judges listings, orders, logistics and declarations by these rules. Each names its public source and the date it applies from; when a marketplace changes a rule, a new version is published and tasks can move to it.',
          )}
        </Typography.Paragraph>
        <Card>
          <Space wrap>
            <Segmented
              value={marketplace}
              onChange={(v) => {
                setMarketplace(v as Marketplace);
                setVersion(undefined);
              }}
              options={MARKETPLACES.map((m) => ({ value: m, label: loc(MARKETPLACE_LABELS[m]) }))}
            />
            <Select
              data-testid="sim-rules-version"
              value={current}
              onChange={setVersion}
              style={{ minWidth: 140 }}
              options={versions.map((v) => ({ value: v, label: `${L('版本', 'Version')} ${v}` }))}
            />
          </Space>
          <Descriptions size="small" style={{ marginTop: 16 }} column={{ xs: 1, md: 4 }}>
            <Descriptions.Item label={L('平台', 'Marketplace')}>{loc(ruleSet.name)}</Descriptions.Item>
            <Descriptions.Item label={L('模式', 'Model')}>{ruleSet.model}</Descriptions.Item>
            <Descriptions.Item label={L('生效日期', 'Effective from')}>{ruleSet.effectiveFrom}</Descriptions.Item>
            <Descriptions.Item label={L('规则条数', 'Rules')}>{rules.length}</Descriptions.Item>
          </Descriptions>
        </Card>
        {previous ? (
          <Card title={L(`与上一版本 ${previous} 相比的变化`, `Changes from version ${previous}`)}>
            <Table
              size="small"
              rowKey="path"
              pagination={false}
              tableLayout="fixed"
              scroll={{ x: 900 }}
              dataSource={changes}
              locale={{ emptyText: L('没有变化', 'No changes') }}
              columns={[
                { title: L('规则', 'Rule'), dataIndex: 'path', render: (p: string) => <code>{p}</code> },
                { title: previous, dataIndex: 'before', render: (v: unknown) => <Tag>{show(v)}</Tag> },
                { title: current, dataIndex: 'after', render: (v: unknown) => <Tag color="blue">{show(v)}</Tag> },
                {
                  title: L('来源', 'Source'),
                  dataIndex: 'source',
                  render: (s: RuleSource) => <SourceCell source={s} />,
                },
                { title: L('生效', 'From'), render: (_: unknown, c) => c.source.effectiveFrom },
              ]}
            />
          </Card>
        ) : null}
        <Card title={L('全部规则', 'All rules')}>
          <Table
            size="small"
            rowKey="path"
            dataSource={rules}
            tableLayout="fixed"
            scroll={{ x: 900 }}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            columns={[
              { title: L('规则', 'Rule'), dataIndex: 'path', width: 260, render: (p: string) => <code>{p}</code> },
              {
                title: L('取值', 'Value'),
                dataIndex: 'value',
                render: (v: unknown) => <span style={{ wordBreak: 'break-word' }}>{show(v)}</span>,
              },
              {
                title: L('来源', 'Source'),
                dataIndex: 'source',
                width: 360,
                render: (s: RuleSource) => <SourceCell source={s} />,
              },
              { title: L('生效', 'From'), width: 110, render: (_: unknown, r) => r.source.effectiveFrom },
            ]}
          />
        </Card>
        <Card title={`${L('物流渠道', 'Logistics channels')} · ${L('版本', 'version')} ${logistics.version}`}>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ x: 900 }}
            dataSource={logistics.channels}
            columns={[
              { title: L('渠道', 'Channel'), render: (_: unknown, c) => loc(c.name) },
              {
                title: L('体积重除数', 'Volumetric divisor'),
                render: (_: unknown, c) => c.volumetricDivisor ?? L('按实重', 'actual weight'),
              },
              { title: L('计费进位 (kg)', 'Step (kg)'), dataIndex: 'roundingStepKg' },
              { title: L('燃油附加费', 'Fuel'), render: (_: unknown, c) => `${c.fuelSurchargePct}%` },
              { title: L('重量上限 (kg)', 'Max kg'), render: (_: unknown, c) => c.limits.maxWeightKg },
              { title: L('来源', 'Source'), render: (_: unknown, c) => <SourceCell source={c.source} /> },
            ]}
          />
        </Card>
        <Card title={`${L('海关监管方式', 'Customs supervision modes')} · ${L('版本', 'version')} ${customs.version}`}>
          <Table
            size="small"
            rowKey="code"
            pagination={false}
            dataSource={customs.modes}
            columns={[
              { title: L('代码', 'Code'), dataIndex: 'code' },
              { title: L('名称', 'Name'), render: (_: unknown, m) => loc(m.name) },
              { title: L('来源', 'Source'), render: (_: unknown, m) => <SourceCell source={m.source} /> },
              { title: L('生效', 'From'), render: (_: unknown, m) => m.source.effectiveFrom },
            ]}
          />
        </Card>
      </Space>
    </Page>
  );
}
