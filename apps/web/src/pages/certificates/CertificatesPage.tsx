import { Typography } from 'antd';

// Placeholder: replaced by the page's implementation.
export default function CertificatesPage(_props: Record<string, never>) {
  return <Typography.Title level={3}>证书管理</Typography.Title>;
}
