import { MenuOutlined } from '@ant-design/icons';
import { Button, Collapse, ConfigProvider, Drawer, Grid, Menu, theme } from 'antd';
import { createElement, type ReactNode, useState } from 'react';
import { useL } from './l10n';
import { CONSOLE_NAV, type SectionKey } from './nav';
import { ConsoleSection } from './sections/ConsoleSection';
import { TopBar } from './TopBar';

/**
 * The seller centre's frame: top bar, left navigation and the open section; `aside` (the task panel) sits on the
 * right on wide screens and above the section on narrow ones. Under `lg` the navigation folds into a drawer.
 */
export function ConsoleFrame({ aside, extraBar }: { aside?: ReactNode; extraBar?: ReactNode }) {
  const { L } = useL();
  const { token } = theme.useToken();
  const screens = Grid.useBreakpoint();
  const narrow = screens.lg === false;
  const asideBeside = screens.xl !== false;
  const [section, setSection] = useState<SectionKey>('dashboard');
  const [navOpen, setNavOpen] = useState(false);

  const menu = (
    <Menu
      mode="inline"
      selectedKeys={[section]}
      style={{ borderInlineEnd: 'none' }}
      onClick={(e) => {
        setSection(e.key as SectionKey);
        setNavOpen(false);
      }}
      items={CONSOLE_NAV.map((n) => ({
        key: n.key,
        icon: createElement(n.icon),
        label: <span data-testid={`sim-nav-${n.key}`}>{L(n.zh, n.en)}</span>,
      }))}
      data-testid="sim-nav"
    />
  );

  return (
    // list rows (lines, keywords, zone rules) have no label: a plain "required" reads better than antd's "0,sku"
    <ConfigProvider form={{ validateMessages: { required: L('必填', 'Required') } }}>
      <div
        data-testid="sim-console"
        style={{ border: `1px solid ${token.colorBorderSecondary}`, borderRadius: 8, background: token.colorBgLayout }}
      >
        <TopBar
          navButton={
            narrow ? (
              <Button
                type="text"
                icon={<MenuOutlined />}
                onClick={() => setNavOpen(true)}
                aria-label={L('菜单', 'Menu')}
                data-testid="sim-nav-toggle"
                style={{ color: 'inherit' }}
              />
            ) : null
          }
          extra={extraBar}
        />
        <div style={{ display: 'flex', alignItems: 'stretch', minHeight: 560 }}>
          {narrow ? null : <div style={{ width: 148, flex: 'none', background: token.colorBgContainer }}>{menu}</div>}
          <div style={{ flex: 1, minWidth: 0, padding: narrow ? 8 : 12 }}>
            {aside && !asideBeside ? (
              <Collapse
                size="small"
                defaultActiveKey={['task']}
                style={{ marginBottom: 12 }}
                items={[
                  {
                    key: 'task',
                    label: L('任务面板', 'Task panel'),
                    children: aside,
                    styles: { body: { padding: 0 } },
                  },
                ]}
                data-testid="sim-task-collapse"
              />
            ) : null}
            <ConsoleSection section={section} onNavigate={setSection} />
          </div>
          {aside && asideBeside ? (
            <div
              style={{
                width: 320,
                flex: 'none',
                padding: 12,
                paddingInlineStart: 0,
                position: 'sticky',
                top: 72,
                alignSelf: 'flex-start',
                maxHeight: 'calc(100vh - 88px)',
                overflowY: 'auto',
              }}
            >
              {aside}
            </div>
          ) : null}
        </div>
        {narrow ? (
          <Drawer
            placement="left"
            open={navOpen}
            onClose={() => setNavOpen(false)}
            size={220}
            styles={{ body: { padding: 0 } }}
          >
            {menu}
          </Drawer>
        ) : null}
      </div>
    </ConfigProvider>
  );
}
