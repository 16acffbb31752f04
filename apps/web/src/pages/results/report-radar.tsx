import type { AbilityFunction } from '@crossskill/contracts';
import { theme } from 'antd';
import { useMemo } from 'react';
import EChart, { type EChartOption } from '../../components/EChart';
import { useReportText } from './report-text';

const wrapName = (name: string) => (name.match(/.{1,4}/gu) ?? [name]).join('\n');

/** The ability radar: one axis per occupational function (0–100 %), the candidate's polygon and the pass ring. */
export function ReportRadar({ functions, passMark }: { functions: AbilityFunction[]; passMark: number }) {
  const rt = useReportText();
  const { token } = theme.useToken();
  const rated = useMemo(() => functions.filter((f) => f.rate !== null), [functions]);
  const option = useMemo<EChartOption>(
    () => ({
      tooltip: { trigger: 'item' },
      legend: { bottom: 0, data: [rt('ability'), rt('passLine', { mark: passMark })] },
      radar: {
        indicator: rated.map((f) => ({ name: f.name, max: 100, min: 0 })),
        splitNumber: 5,
        radius: '56%',
        center: ['50%', '48%'],
        // Long function names wrap (4 characters a line) so the labels fit a phone screen.
        axisName: { color: token.colorText, fontSize: 12, formatter: (name?: string) => wrapName(name ?? '') },
      },
      series: [
        {
          type: 'radar',
          data: [
            {
              name: rt('passLine', { mark: passMark }),
              value: rated.map(() => passMark),
              symbol: 'none',
              lineStyle: { color: token.colorError, type: 'dashed', width: 1.5 },
              itemStyle: { color: token.colorError },
            },
            {
              name: rt('ability'),
              value: rated.map((f) => f.rate ?? 0),
              areaStyle: { color: token.colorPrimary, opacity: 0.25 },
              lineStyle: { color: token.colorPrimary, width: 2 },
              itemStyle: { color: token.colorPrimary },
            },
          ],
        },
      ],
    }),
    [rated, passMark, rt, token],
  );
  return <EChart option={option} height={340} testId="report-radar" />;
}
