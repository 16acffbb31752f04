import { Typography } from 'antd';

// Placeholder: replaced by the page's implementation.
export default function MyCertificatesPage(_props: Record<string, never>) {
  return <Typography.Title level={3}>我的证书</Typography.Title>;
}
