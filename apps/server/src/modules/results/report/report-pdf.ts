import type { AbilityReport } from '@crossskill/contracts';
import { PDFDocument, type PDFFont, type PDFPage, PDFString, type RGB, rgb } from 'pdf-lib';
import { embedCjkFont, wrapText } from '../../../platform/pdf/index.js';
import { labelAnchor, RADAR_RINGS, radarPolygon, ringPolygon, svgPath } from './radar.js';

/**
 * 能力评价报告 PDF: A4 portrait, subset Noto Sans SC, the radar chart drawn as vectors (grid rings at 20–100 %,
 * the pass ring highlighted, the candidate's polygon filled), the theory and skill tables, strengths, and what to
 * train next with the practice tasks (linked to the practice page) and courses (none yet).
 */

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 48;
const BOTTOM = 56;
const ink = rgb(0.12, 0.12, 0.12);
const grey = rgb(0.45, 0.45, 0.45);
const line = rgb(0.78, 0.78, 0.78);
const headFill = rgb(0.93, 0.95, 0.98);
const blue = rgb(0.13, 0.4, 0.8);
const red = rgb(0.82, 0.2, 0.18);
const green = rgb(0.1, 0.55, 0.3);

const STATIC_TEXT = [
  '能力评价报告',
  '职业技能等级认定',
  '考生姓名准考证号鉴定计划职业（工种）等级工种标准版本鉴定机构成绩发布生成时间',
  '理论知识技能考核综合评审合格不合格待评定缺考未发布不适用',
  '职业功能能力雷达图合格线优势',
  '职业功能能力一览理论得分技能得分能力评价待提升',
  '理论知识各项得分技能考核各项得分项目权重试卷分值得分得分率分值实训任务',
  '优势能力待提升能力与训练建议仿真实训任务相关课程暂无覆盖该职业功能的课程暂无',
  '本报告依据国家职业技能标准权重表生成，能力百分比按理论与技能同一职业功能的分值加权计算。',
  '第页共 ·：（）%—/-',
].join('');

const fmt = (n: number | null | undefined) => (n === null || n === undefined ? '—' : String(Math.round(n * 100) / 100));
const pct = (n: number | null | undefined) => (n === null || n === undefined ? '—' : `${n}%`);

/** Beijing time, YYYY-MM-DD HH:mm. */
export function beijing(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return d.toISOString().slice(0, 16).replace('T', ' ');
}

class Writer {
  page: PDFPage;
  y: number;
  readonly pages: PDFPage[] = [];
  constructor(
    readonly doc: PDFDocument,
    readonly font: PDFFont,
  ) {
    this.page = this.newPage();
    this.y = A4[1] - MARGIN;
  }

  newPage(): PDFPage {
    this.page = this.doc.addPage(A4);
    this.pages.push(this.page);
    this.y = A4[1] - MARGIN;
    return this.page;
  }

  ensure(height: number) {
    if (this.y - height < BOTTOM) this.newPage();
  }

  text(s: string, x: number, y: number, size: number, color: RGB = ink) {
    this.page.drawText(s, { x, y, size, font: this.font, color });
  }

  width(s: string, size: number) {
    return this.font.widthOfTextAtSize(s, size);
  }

  heading(s: string) {
    this.ensure(40);
    this.y -= 22;
    this.page.drawRectangle({ x: MARGIN, y: this.y - 3, width: 3, height: 15, color: blue });
    this.text(s, MARGIN + 9, this.y, 13);
    this.y -= 10;
  }

  paragraph(s: string, size = 10, color: RGB = ink, indent = 0) {
    const lines = wrapText(s, this.font, size, A4[0] - 2 * MARGIN - indent);
    for (const l of lines) {
      this.ensure(size + 5);
      this.y -= size + 5;
      this.text(l, MARGIN + indent, this.y, size, color);
    }
  }

  /** A URI link over a rectangle of the current page. */
  link(x: number, y: number, w: number, h: number, url: string) {
    const ref = this.doc.context.register(
      this.doc.context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [x, y, x + w, y + h],
        Border: [0, 0, 0],
        A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) },
      }),
    );
    this.page.node.addAnnot(ref);
  }

  /** A table with a header row; cells are single lines (shrunk to fit when too long). */
  table(columns: { title: string; width: number; align?: 'left' | 'right' }[], rows: string[][]) {
    const size = 9;
    const rowH = 17;
    const total = columns.reduce((s, c) => s + c.width, 0);
    const drawRow = (cells: string[], head: boolean) => {
      this.ensure(rowH);
      const top = this.y;
      this.y -= rowH;
      if (head) this.page.drawRectangle({ x: MARGIN, y: this.y, width: total, height: rowH, color: headFill });
      this.page.drawLine({
        start: { x: MARGIN, y: this.y },
        end: { x: MARGIN + total, y: this.y },
        thickness: 0.5,
        color: line,
      });
      if (head) {
        this.page.drawLine({
          start: { x: MARGIN, y: top },
          end: { x: MARGIN + total, y: top },
          thickness: 0.5,
          color: line,
        });
      }
      let x = MARGIN;
      cells.forEach((cell, i) => {
        const col = columns[i]!;
        let s = cell;
        let sz = size;
        while (this.width(s, sz) > col.width - 8 && sz > 6) sz -= 0.5;
        while (this.width(s, sz) > col.width - 8 && s.length > 1) s = `${s.slice(0, -2)}…`;
        const w = this.width(s, sz);
        const tx = col.align === 'right' ? x + col.width - 4 - w : x + 4;
        this.text(s, tx, this.y + 5, sz, head ? grey : ink);
        x += col.width;
      });
    };
    drawRow(
      columns.map((c) => c.title),
      true,
    );
    for (const r of rows) drawRow(r, false);
    this.y -= 4;
  }
}

function drawRadar(w: Writer, report: AbilityReport) {
  const fns = report.functions.filter((f) => f.rate !== null);
  const n = fns.length;
  const r = 105;
  const height = 2 * r + 60;
  w.ensure(height);
  const cx = A4[0] / 2;
  const cy = w.y - 30 - r;
  const page = w.page;
  if (n < 3) {
    w.paragraph('职业功能不足三项，不绘制雷达图。', 10, grey);
    return;
  }
  for (const ring of RADAR_RINGS) {
    const pass = ring === 60;
    page.drawSvgPath(svgPath(ringPolygon(n, r, ring)), {
      x: cx,
      y: cy,
      borderColor: pass ? red : line,
      borderWidth: pass ? 1.2 : 0.6,
      ...(pass ? { borderDashArray: [4, 2] } : {}),
    });
    const p = ringPolygon(n, r, ring)[0]!;
    w.text(`${ring}`, cx + p.x + 2, cy - p.y - 3, 6.5, pass ? red : grey);
  }
  for (let i = 0; i < n; i++) {
    const outer = ringPolygon(n, r, 100)[i]!;
    page.drawLine({ start: { x: cx, y: cy }, end: { x: cx + outer.x, y: cy - outer.y }, thickness: 0.5, color: line });
  }
  const poly = radarPolygon(
    fns.map((f) => f.rate),
    r,
  );
  page.drawSvgPath(svgPath(poly), {
    x: cx,
    y: cy,
    color: blue,
    opacity: 0.22,
    borderColor: blue,
    borderWidth: 1.4,
  });
  for (const p of poly) page.drawCircle({ x: cx + p.x, y: cy - p.y, size: 2, color: blue });
  fns.forEach((f, i) => {
    const a = labelAnchor(i, n, r, 10);
    const label = `${f.name} ${pct(f.rate)}`;
    const size = 8.5;
    const lw = w.width(label, size);
    const x = a.align === 'center' ? cx + a.x - lw / 2 : a.align === 'left' ? cx + a.x : cx + a.x - lw;
    const y = cy - a.y - (a.y > 0 ? 8 : a.y < -r ? -1 : 3);
    w.text(label, x, y, size, f.rate !== null && f.rate < report.passMark ? red : ink);
  });
  // Legend
  const ly = cy - r - 28;
  page.drawLine({
    start: { x: MARGIN, y: ly + 3 },
    end: { x: MARGIN + 18, y: ly + 3 },
    thickness: 1.2,
    color: red,
    dashArray: [4, 2],
  });
  w.text(`合格线 ${report.passMark}%`, MARGIN + 22, ly, 8, grey);
  page.drawRectangle({ x: MARGIN + 100, y: ly, width: 12, height: 7, color: blue, opacity: 0.3 });
  w.text('职业功能能力', MARGIN + 116, ly, 8, grey);
  w.y = ly - 6;
}

/** The report as a PDF; `publicUrl` makes the practice links absolute. */
export async function reportPdf(report: AbilityReport, publicUrl: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`能力评价报告 ${report.candidateName}`);
  doc.setAuthor('CrossSkill');
  doc.setSubject(`${report.occupation.name} ${report.levelName}`);
  doc.setCreationDate(new Date(report.generatedAt));
  const font = await embedCjkFont(doc, STATIC_TEXT + JSON.stringify(report));
  const w = new Writer(doc, font);
  const W = A4[0];

  // Title
  const title = '能力评价报告';
  w.y -= 8;
  w.text(title, (W - w.width(title, 22)) / 2, w.y, 22);
  w.y -= 18;
  const sub = `${report.occupation.name}（${report.occupation.code}）职业技能等级认定`;
  w.text(sub, (W - w.width(sub, 10)) / 2, w.y, 10, grey);
  w.y -= 10;

  // Header facts, two columns
  const component = (c: AbilityReport['theory']) =>
    c.status === 'none'
      ? '缺考'
      : c.status === 'pending'
        ? '待评定'
        : `${fmt(c.score)}（${c.passed ? '合格' : '不合格'}）`;
  const facts: [string, string][] = [
    ['考生姓名', report.candidateName],
    ['准考证号', report.ticketNo ?? '—'],
    ['鉴定计划', report.planName],
    ['鉴定机构', report.orgName],
    ['等级', report.levelName],
    ['工种', report.workType ?? '不分工种'],
    ['标准版本', `${report.standardVersion.title}（${report.standardVersion.label}）`],
    ['成绩发布', report.publishedAt ? beijing(report.publishedAt) : '未发布'],
    ['理论知识', component(report.theory)],
    ['技能考核', component(report.skill)],
    [
      '综合评审',
      report.review.required
        ? report.review.score === null
          ? '待评定'
          : `${fmt(report.review.score)}（${report.review.passed ? '合格' : '不合格'}）`
        : '不适用',
    ],
    ['生成时间', beijing(report.generatedAt)],
  ];
  const colW = (W - 2 * MARGIN) / 2;
  for (let i = 0; i < facts.length; i += 2) {
    w.y -= 17;
    for (let j = 0; j < 2; j++) {
      const f = facts[i + j];
      if (!f) continue;
      const x = MARGIN + j * colW;
      w.text(`${f[0]}：`, x, w.y, 9.5, grey);
      let v = f[1];
      while (w.width(v, 9.5) > colW - 64 && v.length > 1) v = `${v.slice(0, -2)}…`;
      w.text(v, x + 56, w.y, 9.5);
    }
  }
  w.y -= 6;

  w.heading('职业功能能力雷达图');
  drawRadar(w, report);

  w.heading('职业功能能力一览');
  w.table(
    [
      { title: '职业功能', width: 150 },
      { title: '理论得分', width: 80, align: 'right' },
      { title: '技能得分', width: 80, align: 'right' },
      { title: '能力', width: 70, align: 'right' },
      { title: '评价', width: 119 },
    ],
    report.functions.map((f) => [
      f.name,
      f.theoryAvailable > 0 ? `${fmt(f.theoryScore)}/${fmt(f.theoryAvailable)}` : '—',
      f.skillAvailable > 0 ? `${fmt(f.skillScore)}/${fmt(f.skillAvailable)}` : '—',
      pct(f.rate),
      f.band === 'strength' ? '优势' : f.band === 'weak' ? '待提升' : f.band === 'adequate' ? '合格' : '—',
    ]),
  );

  if (report.theoryRows.length > 0) {
    w.heading('理论知识各项得分');
    w.table(
      [
        { title: '项目', width: 160 },
        { title: '权重', width: 60, align: 'right' },
        { title: '试卷分值', width: 75, align: 'right' },
        { title: '得分', width: 75, align: 'right' },
        { title: '得分率', width: 129, align: 'right' },
      ],
      report.theoryRows.map((r) => [
        r.item,
        r.weight === null ? '—' : `${r.weight}%`,
        fmt(r.paperPoints),
        fmt(r.paperScore),
        pct(r.rate),
      ]),
    );
  }
  if (report.skillRows.length > 0) {
    w.heading('技能考核各项得分');
    w.table(
      [
        { title: '项目', width: 130 },
        { title: '权重', width: 50, align: 'right' },
        { title: '分值', width: 50, align: 'right' },
        { title: '得分', width: 55, align: 'right' },
        { title: '得分率', width: 60, align: 'right' },
        { title: '实训任务', width: 154 },
      ],
      report.skillRows.map((r) => [
        r.item,
        r.weight === null ? '—' : `${r.weight}%`,
        fmt(r.points),
        fmt(r.score),
        pct(r.rate),
        r.taskCode ? `${r.taskCode} ${r.taskTitle?.zh ?? ''}` : '—',
      ]),
    );
  }

  w.heading('优势能力');
  if (report.strengths.length === 0) w.paragraph('暂无达到 80% 的职业功能。', 10, grey);
  for (const s of report.strengths) w.paragraph(`· ${s.sentence.zh}`, 10, green);

  w.heading('待提升能力与训练建议');
  const practiceUrl = (path: string) => `${publicUrl}${path}`;
  for (const t of report.toTrain) {
    w.y -= 4;
    w.paragraph(`· ${t.sentence.zh}`, 10, t.rate < report.passMark ? red : ink);
    w.paragraph('仿真实训任务：', 9.5, grey, 12);
    if (t.practice.length === 0) w.paragraph('暂无', 9.5, grey, 24);
    for (const p of t.practice) {
      const label = `${p.code} ${p.title.zh}`;
      w.paragraph(label, 9.5, ink, 24);
      const url = practiceUrl(p.url);
      w.ensure(14);
      w.y -= 12;
      w.text(url, MARGIN + 24, w.y, 8, blue);
      w.link(MARGIN + 24, w.y - 2, w.width(url, 8), 10, url);
    }
    w.paragraph('相关课程：', 9.5, grey, 12);
    if (t.courses.length === 0) w.paragraph('暂无覆盖该职业功能的课程', 9.5, grey, 24);
    for (const c of t.courses) w.paragraph(`${c.title} ${c.url}`, 9.5, ink, 24);
  }

  w.y -= 8;
  w.paragraph('本报告依据国家职业技能标准权重表生成，能力百分比按理论与技能同一职业功能的分值加权计算。', 8.5, grey);

  const total = w.pages.length;
  w.pages.forEach((page, i) => {
    const footer = `能力评价报告 · ${report.candidateName} · 第 ${i + 1} 页 共 ${total} 页`;
    page.drawText(footer, {
      x: (W - font.widthOfTextAtSize(footer, 8)) / 2,
      y: 28,
      size: 8,
      font,
      color: grey,
    });
  });
  return doc.save();
}

/** File name of the PDF: 能力评价报告-<name>-<plan>.pdf */
export const reportFilename = (r: AbilityReport) => `能力评价报告-${r.candidateName}-${r.planName}.pdf`;
