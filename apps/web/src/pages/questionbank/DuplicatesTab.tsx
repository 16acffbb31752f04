import { Button, Card, Col, Empty, Flex, InputNumber, Row, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { type DuplicatePair, useDuplicates } from '../../api/questionbank';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { StatusTag } from './QuestionView';
import { QUESTION_TYPE_LABELS } from './qbUtil';

/** 相似题: pairs of near-duplicate stems with their similarity, side by side. */
export default function DuplicatesTab({ bankId, onOpen }: { bankId: string; onOpen: (questionId: string) => void }) {
  const { t, pick } = useI18n();
  const [threshold, setThreshold] = useState(0.8);
  const dup = useDuplicates(bankId, threshold);
  const side = (s: DuplicatePair['a'], testId: string) => (
    <div className="qb-side" data-testid={testId}>
      <Flex gap={4} align="center" style={{ marginBottom: 4 }}>
        <Tag>{pick(QUESTION_TYPE_LABELS[s.type])}</Tag>
        <StatusTag status={s.status} />
        <Button type="link" size="small" onClick={() => onOpen(s.id)}>
          {t('qb.view')}
        </Button>
      </Flex>
      {/* plain text from the server: rendered as text */}
      <Typography.Text>{s.stemText}</Typography.Text>
    </div>
  );
  return (
    <Card size="small" data-testid="qb-duplicates">
      <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
        <span>{t('qb.dup.threshold')}</span>
        <InputNumber
          min={0.5}
          max={1}
          step={0.05}
          value={threshold}
          onChange={(v) => setThreshold(typeof v === 'number' ? v : 0.8)}
          data-testid="qb-dup-threshold"
        />
        <Typography.Text type="secondary">{t('qb.dup.hint')}</Typography.Text>
      </Flex>
      {dup.isError ? <QueryError error={dup.error} onRetry={() => void dup.refetch()} /> : null}
      {dup.data?.truncated ? <Typography.Text type="warning">{t('qb.dup.truncated')}</Typography.Text> : null}
      <Table<DuplicatePair>
        size="small"
        rowKey={(p) => `${p.a.id}-${p.b.id}`}
        loading={dup.isFetching}
        dataSource={dup.data?.pairs ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('qb.dup.none')} /> }}
        data-testid="qb-dup-table"
        columns={[
          {
            title: t('qb.dup.similarity'),
            dataIndex: 'similarity',
            width: 100,
            render: (v: number) => (
              <Tag color={v >= 0.95 ? 'red' : v >= 0.85 ? 'orange' : 'gold'} data-testid="qb-dup-similarity">
                {(v * 100).toFixed(0)}%
              </Tag>
            ),
          },
          {
            title: t('qb.dup.pair'),
            key: 'pair',
            render: (_: unknown, p) => (
              <Row gutter={8}>
                <Col span={12}>{side(p.a, 'qb-dup-a')}</Col>
                <Col span={12}>{side(p.b, 'qb-dup-b')}</Col>
              </Row>
            ),
          },
        ]}
      />
    </Card>
  );
}
