import { type Membership, ORG_KIND_LABELS, type OrgKind, type Role } from '@crossskill/contracts';
import { Card, Col, Empty, Flex, Row, Typography, theme } from 'antd';
import { createElement } from 'react';
import { Link } from 'react-router-dom';
import { useMe } from '../../api/auth';
import { Page } from '../../components/Page';
import { RoleTag, RoleTags } from '../../components/RoleTag';
import { useI18n } from '../../i18n';
import { type MenuItemConfig, menuItem, visibleMenu } from '../../menu';

/** The user's memberships, one entry per organisation with all roles held there. */
function groupByOrg(memberships: Membership[]) {
  const byOrg = new Map<string, { orgId: string; orgName: string; orgKind: OrgKind; roles: Role[] }>();
  for (const m of memberships) {
    const g = byOrg.get(m.orgId) ?? { orgId: m.orgId, orgName: m.orgName, orgKind: m.orgKind, roles: [] };
    g.roles.push(m.role);
    byOrg.set(m.orgId, g);
  }
  return [...byOrg.values()];
}

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
            <Typography.Text strong>{t('home.yourRoles')}</Typography.Text>
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
            <Flex vertical>
              {groupByOrg(me.memberships).map((g, i) => (
                <Flex
                  key={g.orgId}
                  justify="space-between"
                  align="center"
                  wrap
                  gap={8}
                  style={{ padding: '10px 0', borderTop: i > 0 ? `1px solid ${token.colorSplit}` : undefined }}
                  data-testid="home-org"
                >
                  <div>
                    <Typography.Text strong>{g.orgName}</Typography.Text>
                    <br />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {pick(ORG_KIND_LABELS[g.orgKind])}
                    </Typography.Text>
                  </div>
                  <div>
                    {g.roles.map((r) => (
                      <RoleTag key={r} role={r} />
                    ))}
                  </div>
                </Flex>
              ))}
            </Flex>
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
