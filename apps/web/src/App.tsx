import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { meKey } from './api/auth';
import { isApiError } from './api/client';
import { useLang } from './i18n';
import { AppRoutes } from './router';

/** A request answered 401 UNAUTHENTICATED (e.g. the session expired): the app is logged out. */
function onAnyError(error: unknown, queryKey?: readonly unknown[]): void {
  if (isApiError(error, 'UNAUTHENTICATED') && queryKey?.[0] !== meKey[0]) {
    queryClient.setQueryData(meKey, null);
  }
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error, query) => onAnyError(error, query.queryKey) }),
  mutationCache: new MutationCache({ onError: (error) => onAnyError(error) }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (count, e) => !(isApiError(e) && e.status > 0 && e.status < 500) && count < 2,
    },
  },
});

export function Root() {
  const lang = useLang();
  // Date pickers take month and weekday names from dayjs's global locale.
  useEffect(() => {
    dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
  }, [lang]);
  return (
    <ConfigProvider
      locale={lang === 'zh' ? zhCN : enUS}
      theme={{ token: { colorPrimary: '#1677ff', borderRadius: 6 } }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
