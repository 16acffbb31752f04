import { Typography } from 'antd';

// Placeholder: replaced by the page's implementation.
export default function AbilityReportPage(_props: { registrationId: string }) {
  return <Typography.Title level={3}>能力评价报告</Typography.Title>;
}
