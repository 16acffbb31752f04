import { snapshotFromPackage } from '@crossskill/standards';
import ExcelJS from 'exceljs';
import { sampleBankDrafts } from '../../../demo/sample-bank/index.js';
import { buildTemplate, COLUMNS, exportWorkbook, QUESTIONS_SHEET } from './excel.js';
import type { StandardRef } from './tags.js';

/** Stands in for a version id when no standard is published (the file then only shows the tag texts). */
const NO_VERSION = '00000000-0000-4000-8000-000000000000';
const cache = new Map<string, Buffer>();

/**
 * The sample bank as a filled import template: the template of GET /api/question-banks/import-template.xlsx
 * (instructions, drop-downs, the standard's catalogue) whose 试题 sheet holds the sample items in place of
 * the two example rows, written exactly as an export writes them — so the file imports with the normal
 * import. Tags are written against `standard` (the version in force); built once per version.
 */
export async function buildSampleBankWorkbook(standard: StandardRef | null): Promise<Buffer> {
  const versionId = standard?.versionId ?? NO_VERSION;
  const cached = cache.get(versionId);
  if (cached) return cached;
  const snapshot = standard?.snapshot ?? snapshotFromPackage();
  const exported = new ExcelJS.Workbook();
  const rows = await exportWorkbook(sampleBankDrafts(versionId), { snapshots: new Map([[versionId, snapshot]]) });
  await exported.xlsx.load(rows as unknown as ExcelJS.Buffer);
  const from = exported.getWorksheet(QUESTIONS_SHEET)!;
  const template = new ExcelJS.Workbook();
  await template.xlsx.load((await buildTemplate({ standard })) as unknown as ExcelJS.Buffer);
  const to = template.getWorksheet(QUESTIONS_SHEET)!;
  for (let r = 2; r <= Math.max(from.rowCount, to.rowCount); r++) {
    const source = from.getRow(r);
    const target = to.getRow(r);
    for (let c = 1; c <= COLUMNS.length; c++) {
      const value = source.getCell(c).value;
      target.getCell(c).value = value === '' ? null : value;
    }
    target.alignment = { wrapText: true, vertical: 'top' };
    target.commit();
  }
  to.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  const body = Buffer.from(await template.xlsx.writeBuffer());
  cache.set(versionId, body);
  return body;
}
