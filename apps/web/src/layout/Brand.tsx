import { Flex, Typography } from 'antd';
import { useI18n } from '../i18n';

export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <span
      aria-hidden
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: size,
        height: size,
        borderRadius: 6,
        background: '#1677ff',
        color: '#fff',
        fontWeight: 700,
        fontSize: size * 0.45,
        flex: 'none',
      }}
    >
      CS
    </span>
  );
}

export function Brand({ short = false }: { short?: boolean }) {
  const { t } = useI18n();
  return (
    <Flex align="center" gap={8} style={{ minWidth: 0 }}>
      <BrandMark />
      <Typography.Text strong ellipsis style={{ fontSize: 16 }} data-testid="app-name">
        {short ? t('app.shortName') : t('app.name')}
      </Typography.Text>
    </Flex>
  );
}
