import type { RuleViolation } from '@crossskill/simulation';
import { Alert } from 'antd';
import { useL } from '../l10n';

/** Broken marketplace rules (field + message), e.g. from the live listing check or a refused publish. */
export function ViolationList({
  violations,
  title,
  testId,
}: {
  violations: readonly RuleViolation[];
  title: string;
  testId: string;
}) {
  const { loc } = useL();
  if (violations.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBlock: 8 }}
      data-testid={testId}
      title={`${title} (${violations.length})`}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {violations.map((v) => (
            <li key={`${v.rule}|${v.field}|${v.message.en}`} data-rule={v.rule}>
              <code>{v.field}</code> {loc(v.message)}
            </li>
          ))}
        </ul>
      }
    />
  );
}
