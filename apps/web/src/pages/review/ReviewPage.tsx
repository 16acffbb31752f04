import { Typography } from 'antd';

// Placeholder: replaced by the page's implementation.
export default function ReviewPage(_props: { planId?: string }) {
  return <Typography.Title level={3}>综合评审</Typography.Title>;
}
