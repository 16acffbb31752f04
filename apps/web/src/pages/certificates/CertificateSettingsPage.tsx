import { Typography } from 'antd';

// Placeholder: replaced by the page's implementation.
export default function CertificateSettingsPage(_props: Record<string, never>) {
  return <Typography.Title level={3}>证书编号与签名密钥</Typography.Title>;
}
