import { Card, Flex, Grid, theme } from 'antd';
import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { PageLoading } from '../components/PageLoading';
import { useI18n } from '../i18n';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';

/** Login, register and password reset: a centred card. */
export default function AuthLayout() {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const screens = Grid.useBreakpoint();
  const location = useLocation();
  return (
    <Flex vertical style={{ minHeight: '100vh', background: 'linear-gradient(160deg, #e6f0ff 0%, #f5f7fa 60%)' }}>
      <Flex justify="space-between" align="center" gap={8} style={{ padding: '12px 16px' }}>
        <Brand short={screens.md === false} />
        <LanguageSwitch />
      </Flex>
      <Flex flex={1} justify="center" align="flex-start" style={{ padding: '24px 12px' }}>
        <Card style={{ width: '100%', maxWidth: 440, boxShadow: token.boxShadowTertiary }}>
          <ErrorBoundary key={location.pathname}>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Card>
      </Flex>
      <div style={{ textAlign: 'center', color: token.colorTextTertiary, padding: 12, fontSize: 12 }}>
        {t('app.footer')}
      </div>
    </Flex>
  );
}
