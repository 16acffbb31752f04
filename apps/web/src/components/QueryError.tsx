import { Button, Result } from 'antd';
import { errorMessage, isApiError } from '../api/client';
import { useI18n } from '../i18n';
import { Forbidden } from './Forbidden';

/** What a page shows when its data could not be loaded. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  if (isApiError(error) && error.status === 403 && error.code === 'FORBIDDEN') return <Forbidden />;
  if (isApiError(error) && error.status === 404) {
    return <Result status="404" title="404" subTitle={errorMessage(error)} data-testid="not-found" />;
  }
  return (
    <Result
      status="error"
      title={t('error.loadFailed')}
      subTitle={errorMessage(error)}
      data-testid="query-error"
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : null
      }
    />
  );
}
