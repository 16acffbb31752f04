import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n';
import { menuItem } from '../../menu';
import { SellerConsole } from './console/SellerConsole';

/** /sim/runs/:runId — the trainee's store for one practice task (or a free sandbox store). */
export default function SellerConsolePage({ runId }: { runId: string }) {
  const { pick, t } = useI18n();
  const title = pick(menuItem('simPractice').label);
  useEffect(() => {
    document.title = `${title} - ${t('app.name')}`;
  }, [title, t]);
  return (
    <div data-testid="sim-run-page">
      <Flex align="center" gap={8} style={{ marginBottom: 8 }}>
        <Link to="/sim/practice">
          <Button type="text" icon={<ArrowLeftOutlined />} data-testid="sim-back">
            {title}
          </Button>
        </Link>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {runId}
        </Typography.Text>
      </Flex>
      <SellerConsole runId={runId} mode="practice" />
    </div>
  );
}
