import { Typography } from 'antd';

// Placeholder: replaced by the page's implementation.
export default function AppealTasksPage(_props: Record<string, never>) {
  return <Typography.Title level={3}>成绩复核</Typography.Title>;
}
