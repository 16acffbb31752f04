import { Typography } from 'antd';

// Placeholder: replaced by the page's implementation.
export default function MyResultsPage(_props: Record<string, never>) {
  return <Typography.Title level={3}>我的成绩</Typography.Title>;
}
