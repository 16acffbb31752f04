import { Typography } from 'antd';

// Placeholder: replaced by the page's implementation.
export default function VerifyPage(_props: { number?: string }) {
  return <Typography.Title level={3}>证书查验</Typography.Title>;
}
