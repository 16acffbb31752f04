import type { AppealOutcome, AppealStatus, ResultComponent } from '@crossskill/contracts';
import { Tag } from 'antd';
import type { ResultComponentView } from './results-api';
import { pts, type RTx, useRTx } from './results-text';

export const componentName = (c: ResultComponent, tx: RTx) => tx(c);

/** 85 合格 / 55 不合格 / 缺考 / 评分中 */
export function ComponentTag({ c, testId }: { c: ResultComponentView; testId?: string }) {
  const tx = useRTx();
  if (c.state === 'absent')
    return (
      <Tag color="default" data-testid={testId} data-state="absent">
        {tx('absent')}
      </Tag>
    );
  if (c.state === 'marking')
    return (
      <Tag color="processing" data-testid={testId} data-state="marking">
        {tx('marking')}
      </Tag>
    );
  return (
    <Tag color={c.passed ? 'success' : 'error'} data-testid={testId} data-state={c.passed ? 'pass' : 'fail'}>
      {pts(c.score)} {c.passed ? tx('pass') : tx('fail')}
    </Tag>
  );
}

export function OverallTag({ passed, ready = true, testId }: { passed: boolean; ready?: boolean; testId?: string }) {
  const tx = useRTx();
  if (!ready)
    return (
      <Tag color="processing" data-testid={testId}>
        {tx('marking')}
      </Tag>
    );
  return (
    <Tag color={passed ? 'success' : 'error'} data-testid={testId}>
      {passed ? tx('pass') : tx('fail')}
    </Tag>
  );
}

export function AppealStatusTag({ status, outcome }: { status: AppealStatus; outcome: AppealOutcome | null }) {
  const tx = useRTx();
  if (status === 'decided')
    return <Tag color={outcome === 'changed' ? 'warning' : 'default'}>{outcome ? tx(outcome) : tx('decided')}</Tag>;
  return <Tag color={status === 'assigned' ? 'processing' : 'gold'}>{tx(status)}</Tag>;
}
