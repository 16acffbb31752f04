import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import QRCode from 'qrcode';
import { embedCjkFont, wrapText as wrap } from '../../../platform/pdf/index.js';

/** 准考证 (admission ticket) PDFs, with the subset Chinese font of platform/pdf. */

export interface TicketData {
  planName: string;
  /** e.g. 四级/中级工 跨境电子商务师 */
  levelLabel: string;
  orgName: string;
  candidateName: string;
  idNumberMasked: string | null;
  ticketNo: string;
  sessionName: string;
  /** e.g. 2026年12月01日 09:00–10:30（北京时间） */
  timeText: string;
  durationMinutes: number;
  roomName: string;
  roomLocation: string | null;
  seatNo: number;
  lateEntryMinutes: number;
  /** What the QR code encodes (the verification URL). */
  verifyUrl: string;
}

export function ticketRules(t: Pick<TicketData, 'lateEntryMinutes' | 'durationMinutes'>): string[] {
  return [
    '考生须于开考前 30 分钟到达考场，凭本准考证和本人有效身份证件入场，接受身份核验。',
    `开考 ${t.lateEntryMinutes} 分钟后不得入场；考试时长 ${t.durationMinutes} 分钟，以系统服务器时间为准。`,
    '考试采用机考方式。请按监考人员指示登录考试系统，核对本人信息后在候考页面等待开考。',
    '除规定用品外，不得携带手机、智能手表等通讯工具和书籍资料进入考场。',
    '考试期间请勿离开考试页面；切换窗口、粘贴、退出全屏等操作会被记录并提示监考人员。',
    '考试时间结束时系统自动交卷，已保存的作答不会丢失；遇到网络或设备问题请举手示意监考人员。',
    '请妥善保管本准考证，考试结束前不得离开考场，违纪行为按有关规定处理。',
  ];
}

function labels(t: TicketData): [string, string][] {
  return [
    ['姓　　名', t.candidateName],
    ['身份证号', t.idNumberMasked ?? '—'],
    ['准考证号', t.ticketNo],
    ['报考等级', t.levelLabel],
    ['鉴定计划', t.planName],
    ['考试场次', t.sessionName],
    ['考试时间', `${t.timeText}，时长 ${t.durationMinutes} 分钟`],
    ['考　　场', t.roomLocation ? `${t.roomName}（${t.roomLocation}）` : t.roomName],
    ['座 位 号', `${t.seatNo} 号`],
    ['鉴定机构', t.orgName],
  ];
}

/** All the characters a ticket prints (for the font subset). */
export function ticketText(t: TicketData): string {
  return [
    '理论知识考试准考证',
    '考场规则',
    '照片',
    '扫码核验',
    '本准考证由系统生成',
    ...labels(t).flat(),
    ...ticketRules(t),
    '第页共',
  ].join('');
}

const A4: [number, number] = [595.28, 841.89];
const ink = rgb(0.1, 0.1, 0.1);
const grey = rgb(0.45, 0.45, 0.45);

async function drawTicket(doc: PDFDocument, page: PDFPage, font: PDFFont, t: TicketData) {
  const [W, H] = A4;
  const left = 56;
  const right = W - 56;
  let y = H - 70;

  const title = '理论知识考试准考证';
  page.drawText(title, { x: (W - font.widthOfTextAtSize(title, 22)) / 2, y, size: 22, font, color: ink });
  y -= 26;
  for (const l of wrap(t.planName, font, 12, right - left)) {
    page.drawText(l, { x: (W - font.widthOfTextAtSize(l, 12)) / 2, y, size: 12, font, color: grey });
    y -= 16;
  }
  y -= 8;
  page.drawLine({ start: { x: left, y }, end: { x: right, y }, thickness: 1, color: ink });
  y -= 28;

  // Photo box and QR code on the right.
  const boxW = 100;
  const boxH = 130;
  const boxX = right - boxW;
  const top = y + 14;
  page.drawRectangle({ x: boxX, y: top - boxH, width: boxW, height: boxH, borderColor: grey, borderWidth: 1 });
  page.drawText('照片', { x: boxX + boxW / 2 - 12, y: top - boxH / 2 - 6, size: 12, font, color: grey });
  const qrPng = await QRCode.toBuffer(t.verifyUrl, { type: 'png', margin: 1, width: 240, errorCorrectionLevel: 'M' });
  const qr = await doc.embedPng(qrPng);
  const qrSize = 100;
  const qrY = top - boxH - 16 - qrSize;
  page.drawImage(qr, { x: boxX, y: qrY, width: qrSize, height: qrSize });
  page.drawText('扫码核验', { x: boxX + 26, y: qrY - 14, size: 10, font, color: grey });

  // The fields, left of the photo.
  const labelW = 80;
  const valueX = left + labelW;
  const valueW = boxX - 16 - valueX;
  for (const [label, value] of labels(t)) {
    page.drawText(label, { x: left, y, size: 12, font, color: grey });
    const lines = wrap(value, font, 13, valueW);
    for (const [i, l] of lines.entries()) {
      page.drawText(l, { x: valueX, y: y - i * 17, size: 13, font, color: ink });
    }
    y -= 17 * Math.max(1, lines.length) + 10;
  }
  y = Math.min(y, qrY - 40);
  page.drawLine({ start: { x: left, y }, end: { x: right, y }, thickness: 0.5, color: grey });
  y -= 26;
  page.drawText('考场规则', { x: left, y, size: 14, font, color: ink });
  y -= 22;
  for (const [i, rule] of ticketRules(t).entries()) {
    const lines = wrap(`${i + 1}. ${rule}`, font, 11, right - left - 12);
    for (const [k, l] of lines.entries()) {
      page.drawText(l, { x: left + (k === 0 ? 0 : 14), y, size: 11, font, color: ink });
      y -= 16;
    }
    y -= 4;
  }
  page.drawText('本准考证由系统生成', { x: left, y: 40, size: 9, font, color: grey });
}

/**
 * One PDF with one A4 page per ticket (a single ticket, or a room's / session's). Text is real text in the
 * embedded font, so it can be searched and extracted.
 */
export async function renderTickets(tickets: readonly TicketData[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(tickets.length === 1 ? `准考证 ${tickets[0]!.ticketNo}` : '准考证');
  doc.setCreator('CrossSkill');
  doc.setProducer('CrossSkill');
  const font = await embedCjkFont(doc, tickets.map(ticketText).join(''));
  for (const t of tickets) await drawTicket(doc, doc.addPage(A4), font, t);
  return doc.save();
}

/** One PDF per ticket (for a zip): rendered once into a shared document, then split page by page. */
export async function renderTicketFiles(tickets: readonly TicketData[]): Promise<Uint8Array[]> {
  if (tickets.length === 0) return [];
  const all = await PDFDocument.load(await renderTickets(tickets));
  const out: Uint8Array[] = [];
  for (const [i, t] of tickets.entries()) {
    const one = await PDFDocument.create();
    one.setTitle(`准考证 ${t.ticketNo}`);
    one.setCreator('CrossSkill');
    one.setProducer('CrossSkill');
    const [page] = await one.copyPages(all, [i]);
    one.addPage(page!);
    out.push(await one.save());
  }
  return out;
}
