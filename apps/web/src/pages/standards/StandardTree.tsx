import { Card, Col, Empty, Flex, Row, Tag, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import type { SnapshotContent, SnapshotFunction, SnapshotItem } from '../../api/standards';
import { useI18n } from '../../i18n';
import { nodeDomId } from './standardsUtil';

export type TreeNode = SnapshotFunction | SnapshotContent | SnapshotItem;

function WorkTypeTags({ node }: { node: TreeNode }) {
  if (!node.workTypes || node.workTypes.length === 0) return null;
  return (
    <>
      {node.workTypes.map((w) => (
        <Tag key={w} color={w === '网商' ? 'blue' : 'purple'} style={{ marginInlineStart: 6 }}>
          {w}
        </Tag>
      ))}
    </>
  );
}

function RetiredTag({ node }: { node: TreeNode }) {
  const { t } = useI18n();
  return node.status === 'retired' ? (
    <Tag color="default" style={{ marginInlineStart: 6 }} data-testid="std-retired">
      {t('std.retired')}
    </Tag>
  ) : null;
}

/**
 * The 工作要求 of one level as the standard prints them: 职业功能 → 工作内容, and under each work content the
 * 技能要求 and 相关知识要求 side by side, with the standard's numbering. `actions` adds editor buttons to every node.
 */
export function StandardTree({
  functions,
  highlightId,
  showWorkTypes = false,
  actions,
  footer,
}: {
  functions: SnapshotFunction[];
  highlightId?: string | null;
  showWorkTypes?: boolean;
  actions?: (node: TreeNode, parents: { fn?: SnapshotFunction; content?: SnapshotContent }) => ReactNode;
  /** Extra content under each function / content (e.g. "add" buttons). */
  footer?: (node: SnapshotFunction | SnapshotContent) => ReactNode;
}) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  if (functions.length === 0) return <Empty />;

  const hl = (id: string) =>
    id === highlightId
      ? { background: token.colorWarningBg, outline: `2px solid ${token.colorWarning}`, borderRadius: 4 }
      : undefined;
  const retiredStyle = (n: TreeNode) =>
    n.status === 'retired' ? { textDecoration: 'line-through', color: token.colorTextTertiary } : undefined;

  const itemList = (items: SnapshotItem[], fn: SnapshotFunction, content: SnapshotContent, kind: string) => (
    <ol style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid={`std-${kind}-list`}>
      {items.length === 0 ? <Typography.Text type="secondary">—</Typography.Text> : null}
      {items.map((item) => (
        <li
          key={item.id}
          id={nodeDomId(item.id)}
          data-testid={`std-node-${item.id}`}
          data-highlighted={item.id === highlightId ? 'true' : undefined}
          style={{ padding: '4px 6px', ...hl(item.id) }}
        >
          <Flex gap={8} align="start" justify="space-between">
            <span style={retiredStyle(item)}>
              <Typography.Text strong style={{ marginInlineEnd: 6 }}>
                {item.code}
              </Typography.Text>
              <span data-testid="std-item-text">{item.text}</span>
              {showWorkTypes ? <WorkTypeTags node={item} /> : null}
              <RetiredTag node={item} />
            </span>
            {actions ? <span style={{ flex: 'none' }}>{actions(item, { fn, content })}</span> : null}
          </Flex>
        </li>
      ))}
    </ol>
  );

  return (
    <Flex vertical gap={16} data-testid="std-tree">
      {functions.map((fn) => (
        <Card
          key={fn.id}
          size="small"
          id={nodeDomId(fn.id)}
          data-testid={`std-node-${fn.id}`}
          style={hl(fn.id)}
          title={
            <span style={retiredStyle(fn)}>
              <Typography.Text type="secondary" style={{ fontWeight: 'normal', marginInlineEnd: 8 }}>
                {t('std.function')}
              </Typography.Text>
              <span data-testid="std-function-title">
                {fn.code} {fn.name}
              </span>
              {showWorkTypes ? <WorkTypeTags node={fn} /> : null}
              <RetiredTag node={fn} />
            </span>
          }
          extra={actions ? actions(fn, {}) : null}
        >
          <Flex vertical gap={12}>
            {fn.contents.map((c) => (
              <div
                key={c.id}
                id={nodeDomId(c.id)}
                data-testid={`std-node-${c.id}`}
                style={{
                  border: `1px solid ${token.colorBorderSecondary}`,
                  borderRadius: token.borderRadius,
                  padding: 12,
                  ...hl(c.id),
                }}
              >
                <Flex justify="space-between" align="center" gap={8} style={{ marginBottom: 8 }}>
                  <span style={retiredStyle(c)}>
                    <Typography.Text type="secondary" style={{ marginInlineEnd: 8 }}>
                      {t('std.content')}
                    </Typography.Text>
                    <Typography.Text strong data-testid="std-content-title">
                      {c.code} {c.name}
                    </Typography.Text>
                    {showWorkTypes ? <WorkTypeTags node={c} /> : null}
                    <RetiredTag node={c} />
                  </span>
                  {actions ? actions(c, { fn }) : null}
                </Flex>
                <Row gutter={[16, 8]}>
                  <Col xs={24} md={12}>
                    <Typography.Text type="secondary">{t('std.skills')}</Typography.Text>
                    {itemList(c.skills, fn, c, 'skill')}
                  </Col>
                  <Col xs={24} md={12}>
                    <Typography.Text type="secondary">{t('std.knowledge')}</Typography.Text>
                    {itemList(c.knowledge, fn, c, 'knowledge')}
                  </Col>
                </Row>
                {footer ? footer(c) : null}
              </div>
            ))}
            {fn.contents.length === 0 ? <Typography.Text type="secondary">—</Typography.Text> : null}
            {footer ? footer(fn) : null}
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
