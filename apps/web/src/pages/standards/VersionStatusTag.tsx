import { Tag } from 'antd';
import { useI18n } from '../../i18n';

export function VersionStatusTag({ status }: { status: 'draft' | 'published' }) {
  const { t } = useI18n();
  return status === 'published' ? (
    <Tag color="green" data-testid="std-status-published">
      {t('std.status.published')}
    </Tag>
  ) : (
    <Tag color="orange" data-testid="std-status-draft">
      {t('std.status.draft')}
    </Tag>
  );
}
