import { ORG_KIND_LABELS } from '@crossskill/contracts';
import { Card, Col, Empty, Flex, Row, Table, Typography, theme } from 'antd';
import { createElement } from 'react';
import { Link } from 'react-router-dom';
import { useMe } from '../../api/auth';
import { Page } from '../../components/Page';
import { RoleTag, RoleTags } from '../../components/RoleTag';
import { useI18n } from '../../i18n';
import { type MenuItemConfig, menuItem, visibleMenu } from '../../menu';

function greetingKey(hour: number) {
  if (hour < 6) return 'home.greeting.night' as const;
  if (hour < 12) return 'home.greeting.morning' as const;
  if (hour < 18) return 'home.greeting.afternoon' as const;
  return 'home.greeting.evening' as const;
}

export default function HomePage() {
  const { t, pick } = useI18n();
  const { token } = theme.useToken();
  const { data: me } = useMe();
  if (!me) return null;
  const shortcuts = visibleMenu(me).filter((m: MenuItemConfig) => m.shortcut);

  return (
    <Page title={pick(menuItem('home').label)} testId="home-page">
      <Flex vertical gap={16}>
        <Card>
          <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="home-welcome">
            {t(greetingKey(new Date().getHours()), { name: me.user.name })}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('home.intro')}</Typography.Paragraph>
          <Flex align="center" wrap gap={4} data-testid="home-roles">
            <Typography.Text strong>{t('home.yourRoles')}：</Typography.Text>
            {me.roles.length > 0 ? (
              <RoleTags roles={me.roles} />
            ) : (
              <Typography.Text>{t('home.noRoles')}</Typography.Text>
            )}
          </Flex>
        </Card>

        <Card title={t('home.yourOrgs')} data-testid="home-orgs">
          {me.memberships.length === 0 ? (
            <Empty description={t('home.noOrgs')} />
          ) : (
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              scroll={{ x: 480 }}
              dataSource={me.memberships}
              columns={[
                { title: t('org.name'), dataIndex: 'orgName' },
                {
                  title: t('org.kind'),
                  dataIndex: 'orgKind',
                  render: (k: keyof typeof ORG_KIND_LABELS) => pick(ORG_KIND_LABELS[k]),
                },
                { title: t('member.role'), dataIndex: 'role', render: (r: string) => <RoleTag role={r} /> },
              ]}
            />
          )}
        </Card>

        {shortcuts.length > 0 ? (
          <Card title={t('home.shortcuts')}>
            <Row gutter={[12, 12]}>
              {shortcuts.map((m) => (
                <Col key={m.key} xs={12} sm={8} md={6} xl={4}>
                  <Link to={m.path} data-testid={`shortcut-${m.key}`}>
                    <Card size="small" hoverable styles={{ body: { textAlign: 'center', padding: 16 } }}>
                      <div style={{ fontSize: 24, color: token.colorPrimary }}>{createElement(m.icon)}</div>
                      <Typography.Text>{pick(m.label)}</Typography.Text>
                    </Card>
                  </Link>
                </Col>
              ))}
            </Row>
          </Card>
        ) : null}
      </Flex>
    </Page>
  );
}
