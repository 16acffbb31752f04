import { Typography } from 'antd';

// Placeholder: replaced by the page's implementation.
export default function FinalResultsPage(_props: { planId?: string }) {
  return <Typography.Title level={3}>成绩发布</Typography.Title>;
}
