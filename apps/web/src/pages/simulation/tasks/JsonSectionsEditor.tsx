import type { TaskProblem } from '@crossskill/simulation';
import { Alert, Badge, Input, Tabs } from 'antd';
import { useL } from '../console/l10n';
import { JSON_SECTIONS, type JsonError, type JsonSection, type JsonTexts } from './editorUtil';

const HINTS: Record<JsonSection, [string, string]> = {
  params: [
    '每位考生随机的参数：{"weight":{"kind":"number","min":0.3,"max":1.8,"decimals":2}}',
    'Parameters drawn per candidate',
  ],
  computed: [
    '用模拟器计算的期望值：{"expectedFreight":{"fn":"…","args":{…}}}',
    'Expected values computed by the simulator',
  ],
  scenario: ['初始店铺：平台、基础场景、set/add 修改', 'Initial store: marketplace, base scenario, set/add patches'],
  checks: ['评分项：id、title、points、assert、feedback', 'Checks: id, title, points, assert, feedback'],
  solution: ['参考解答：按顺序执行的操作（可用 $参数、@计算值、#last:L）', 'Reference solution: actions in order'],
};

/** The JSON parts of the definition, one tab each, with the problems that point into each part next to it. */
export function JsonSectionsEditor({
  texts,
  onChange,
  problems,
  jsonErrors,
  readOnly,
}: {
  texts: JsonTexts;
  onChange: (section: JsonSection, text: string) => void;
  problems: Map<string, TaskProblem[]>;
  jsonErrors: JsonError[];
  readOnly: boolean;
}) {
  const { L, loc } = useL();
  return (
    <Tabs
      data-testid="sim-task-json"
      items={JSON_SECTIONS.map((section) => {
        const list = problems.get(section) ?? [];
        const parseError = jsonErrors.find((e) => e.section === section);
        const count = list.length + (parseError ? 1 : 0);
        return {
          key: section,
          label: (
            <Badge count={count} size="small" offset={[6, -2]}>
              <span data-testid={`sim-task-json-tab-${section}`}>{section}</span>
            </Badge>
          ),
          children: (
            <>
              <div style={{ color: '#888', fontSize: 12, marginBottom: 4 }}>{L(...HINTS[section])}</div>
              <Input.TextArea
                value={texts[section]}
                onChange={(e) => onChange(section, e.target.value)}
                readOnly={readOnly}
                spellCheck={false}
                autoSize={{ minRows: 12, maxRows: 32 }}
                style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 12 }}
                data-testid={`sim-task-json-${section}`}
              />
              {parseError ? (
                <Alert type="error" showIcon style={{ marginTop: 8 }} title={`JSON: ${parseError.message}`} />
              ) : null}
              {list.length > 0 ? (
                <Alert
                  type="error"
                  showIcon
                  style={{ marginTop: 8 }}
                  data-testid={`sim-task-problems-${section}`}
                  title={L(`${list.length} 处问题`, `${list.length} problem(s)`)}
                  description={
                    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                      {list.map((p) => (
                        <li key={`${p.path}|${p.message.en}`}>
                          <code>{p.path}</code> {loc(p.message)}
                        </li>
                      ))}
                    </ul>
                  }
                />
              ) : null}
            </>
          ),
        };
      })}
    />
  );
}
