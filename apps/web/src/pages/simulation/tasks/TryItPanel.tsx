import {
  type CheckReport,
  envFor,
  evaluateChecks,
  instantiateTask,
  runSolution,
  type TaskDefinition,
  type TaskInstance,
} from '@crossskill/simulation';
import { Alert, Button, Flex, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ConsoleFrame } from '../console/ConsoleFrame';
import { ConsoleProvider } from '../console/context';
import { useL } from '../console/l10n';
import { TaskPanel } from '../console/TaskPanel';
import { useLocalStore } from '../console/useLocalStore';
import { randomSeed } from './editorUtil';

function instantiate(def: TaskDefinition, seed: string): { instance: TaskInstance } | { error: string } {
  try {
    return { instance: instantiateTask(def, seed, envFor) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * 试做: the task instantiated in the browser with a random seed, the console on a store kept in the browser, and
 * the checks scored locally — nothing is saved. The reference solution can be run to see it score full points.
 */
export function TryItPanel({ definition }: { definition: TaskDefinition }) {
  const { L } = useL();
  const [seed, setSeed] = useState(randomSeed);
  const made = instantiate(definition, seed);
  if ('error' in made) {
    return (
      <Alert
        type="error"
        showIcon
        title={L('无法生成任务实例', 'The task could not be instantiated')}
        description={made.error}
        data-testid="sim-try-error"
      />
    );
  }
  return <TryItStore key={seed} definition={definition} instance={made.instance} seed={seed} onSeed={setSeed} />;
}

function TryItStore({
  definition,
  instance,
  seed,
  onSeed,
}: {
  definition: TaskDefinition;
  instance: TaskInstance;
  seed: string;
  onSeed: (seed: string) => void;
}) {
  const { L } = useL();
  const store = useLocalStore(instance.initialState);
  const [report, setReport] = useState<CheckReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [seedInput, setSeedInput] = useState(seed);

  const check = () => {
    setError(null);
    try {
      setReport(evaluateChecks(definition, instance, store.state, store.log(), envFor));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const solve = () => {
    setError(null);
    try {
      const solved = runSolution(definition, instance, envFor);
      store.replace(solved.state, solved.log);
      setReport(evaluateChecks(definition, instance, solved.state, solved.log, envFor));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div data-testid="sim-try">
      <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }}>
        <Space.Compact>
          <Input
            value={seedInput}
            onChange={(e) => setSeedInput(e.target.value)}
            style={{ width: 200 }}
            addonBefore={L('种子', 'Seed')}
          />
          <Button onClick={() => onSeed(seedInput.trim() || randomSeed())}>{L('使用', 'Use')}</Button>
        </Space.Compact>
        <Button onClick={() => onSeed(randomSeed())} data-testid="sim-try-reseed">
          {L('换一组参数', 'New parameters')}
        </Button>
        <Button onClick={solve} disabled={!definition.solution?.length} data-testid="sim-try-solution">
          {L('运行参考解答', 'Run the reference solution')}
        </Button>
        <Typography.Text type="secondary">
          {L('参数', 'Parameters')}:{' '}
          {Object.entries(instance.params).map(([k, v]) => (
            <Tag key={k}>
              {k}={String(v)}
            </Tag>
          ))}
          · {L('操作', 'Actions')} {store.logLength}
        </Typography.Text>
      </Flex>
      <ConsoleProvider backend={store.backend} mode="preview">
        <ConsoleFrame
          aside={
            <TaskPanel
              task={{
                code: definition.code,
                title: definition.title,
                instructions: instance.instructions,
                checks: definition.checks.map((c) => ({ id: c.id, title: c.title, points: c.points })),
                timeLimitMinutes: definition.timeLimitMinutes,
                skillItems: definition.skillItems,
              }}
              mode="practice"
              report={report}
              onCheck={check}
              onReset={() => {
                store.replace(instance.initialState, []);
                setReport(null);
              }}
              error={error}
            />
          }
        />
      </ConsoleProvider>
    </div>
  );
}
