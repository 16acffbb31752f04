import { LoginOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Grid, Layout, Menu, type MenuProps, theme } from 'antd';
import { createElement, Suspense, useMemo, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useMe } from '../api/auth';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { PageLoading } from '../components/PageLoading';
import { useI18n } from '../i18n';
import { activeMenuKey, publicMenu, visibleMenu } from '../menu';
import { Brand, BrandMark } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

export default function AppLayout() {
  const { data: me } = useMe();
  const { pick, t } = useI18n();
  const { token } = theme.useToken();
  const screens = Grid.useBreakpoint();
  // before the first measurement every breakpoint is undefined: assume a desktop
  const isMobile = screens.lg === false;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerFor, setDrawerFor] = useState<string | null>(null);
  const location = useLocation();
  // the drawer closes by itself when the user navigates
  const drawerOpen = drawerFor === location.pathname;

  const items = useMemo<MenuProps['items']>(
    () =>
      (me ? visibleMenu(me) : publicMenu()).map((m) => ({
        key: m.key,
        icon: createElement(m.icon),
        label: (
          <Link to={m.path} data-testid={`menu-${m.key}`}>
            {pick(m.label)}
          </Link>
        ),
      })),
    [me, pick],
  );
  const selected = activeMenuKey(location.pathname);
  const menu = (
    <Menu
      mode="inline"
      selectedKeys={selected ? [selected] : []}
      items={items}
      style={{ borderInlineEnd: 'none' }}
      data-testid="side-menu"
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {isMobile ? null : (
        <Layout.Sider
          theme="light"
          width={224}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          breakpoint="xl"
          style={{ borderInlineEnd: `1px solid ${token.colorSplit}` }}
        >
          <Flex align="center" justify="center" style={{ height: 64 }}>
            <BrandMark />
          </Flex>
          {menu}
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorSplit}`,
            paddingInline: isMobile ? 8 : 24,
            display: 'flex',
            alignItems: 'center',
            gap: 8,
            position: 'sticky',
            top: 0,
            zIndex: 10,
          }}
        >
          {isMobile ? (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('header.openMenu')}
              data-testid="menu-toggle"
              onClick={() => setDrawerFor(location.pathname)}
            />
          ) : null}
          <div style={{ flex: 1, minWidth: 0 }}>
            <Brand short={!screens.md} />
          </div>
          <LanguageSwitch />
          {me ? (
            <UserMenu compact={!screens.sm} />
          ) : (
            <Link to="/login" state={{ from: `${location.pathname}${location.search}` }}>
              <Button type="primary" icon={<LoginOutlined />} data-testid="header-login">
                {t('header.login')}
              </Button>
            </Link>
          )}
        </Layout.Header>
        <Layout.Content style={{ padding: isMobile ? 12 : 24 }}>
          <ErrorBoundary key={location.pathname}>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', color: token.colorTextTertiary, padding: '12px 24px' }}>
          {t('app.footer')}
        </Layout.Footer>
      </Layout>
      {isMobile ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerFor(null)}
          size={260}
          title={<Brand short />}
          styles={{ body: { padding: 0 } }}
        >
          {menu}
        </Drawer>
      ) : null}
    </Layout>
  );
}
