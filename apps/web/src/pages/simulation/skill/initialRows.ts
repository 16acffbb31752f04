import type { SkillBlueprintRow } from './skillApi';

export interface WeightRow {
  weightItem: string;
  percent: number;
}

/** The rows the editor starts from: the weight table, with what was saved for each item. */
export function initialRows(weights: WeightRow[], saved: SkillBlueprintRow[] | undefined): SkillBlueprintRow[] {
  const rows = weights.map(
    (w) =>
      saved?.find((r) => r.weightItem === w.weightItem) ?? { weightItem: w.weightItem, points: w.percent, taskIds: [] },
  );
  // saved rows the table no longer has stay visible, so the server's refusal can point at them
  for (const r of saved ?? []) if (!rows.some((x) => x.weightItem === r.weightItem)) rows.push(r);
  return rows;
}
