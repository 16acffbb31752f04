import { PDFDocument, type PDFFont, type PDFImage, type PDFPage, rgb } from 'pdf-lib';
import QRCode from 'qrcode';
import { embedCjkFont, wrapText } from '../../../platform/pdf/index.js';

/** 职业技能等级证书: one A4 landscape page per certificate, subset Noto Sans SC, photo, QR to the verify page. */

export interface CertificatePdfData {
  number: string;
  holderName: string;
  holderIdMasked: string | null;
  occupation: string;
  occupationCode: string;
  workType: string | null;
  levelName: string;
  standardVersionLabel: string;
  orgName: string;
  /** e.g. 2026年11月25日 */
  issuedDate: string;
  /** JPEG or PNG bytes of the holder's photo, or null (a placeholder box is drawn). */
  photo: Uint8Array | null;
  photoMime: string | null;
  /** What the QR code encodes (the public verification page). */
  verifyUrl: string;
  /** Revoked certificates are stamped. */
  revoked: boolean;
}

export const CERT_TITLE = '职业技能等级证书';
export const CERT_TITLE_EN = 'Vocational Skill Level Certificate';
const BODY =
  '经考核评价，该同志已达到国家职业技能标准规定的相应等级要求，特发此证。本证书可通过扫描二维码或访问下方地址在线核验真伪。';

function fields(d: CertificatePdfData): [string, string][] {
  return [
    ['姓　　名', d.holderName],
    ['证件号码', d.holderIdMasked ?? '—'],
    ['职业（工种）', d.workType ? `${d.occupation}（${d.workType}）` : d.occupation],
    ['职业编码', d.occupationCode],
    ['等　　级', d.levelName],
    ['证书编号', d.number],
    ['发证日期', d.issuedDate],
    ['评价机构', d.orgName],
    ['标准版本', d.standardVersionLabel],
  ];
}

/** Every character a certificate prints (for the font subset). */
export function certificateText(d: CertificatePdfData): string {
  return [
    CERT_TITLE,
    CERT_TITLE_EN,
    BODY,
    '照片',
    '扫码核验',
    '已撤销',
    'REVOKED',
    d.verifyUrl,
    ...fields(d).flat(),
  ].join('');
}

const PAGE: [number, number] = [841.89, 595.28];
const ink = rgb(0.12, 0.12, 0.12);
const grey = rgb(0.45, 0.45, 0.45);
const gold = rgb(0.62, 0.45, 0.16);
const red = rgb(0.75, 0.1, 0.1);

const isPng = (b: Uint8Array) => b.length > 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;

async function embedPhoto(doc: PDFDocument, d: CertificatePdfData): Promise<PDFImage | null> {
  if (!d.photo || d.photo.length === 0) return null;
  try {
    return isPng(d.photo) ? await doc.embedPng(d.photo) : await doc.embedJpg(d.photo);
  } catch {
    return null; // a photo that does not embed is replaced by the placeholder box
  }
}

async function drawCertificate(doc: PDFDocument, page: PDFPage, font: PDFFont, d: CertificatePdfData) {
  const [W, H] = PAGE;
  // Decorative double border.
  page.drawRectangle({ x: 18, y: 18, width: W - 36, height: H - 36, borderColor: gold, borderWidth: 3 });
  page.drawRectangle({ x: 28, y: 28, width: W - 56, height: H - 56, borderColor: gold, borderWidth: 0.8 });
  for (const [x, y] of [
    [28, 28],
    [W - 28, 28],
    [28, H - 28],
    [W - 28, H - 28],
  ] as const) {
    page.drawCircle({ x, y, size: 5, color: gold });
  }

  const center = (text: string, y: number, size: number, color = ink) =>
    page.drawText(text, { x: (W - font.widthOfTextAtSize(text, size)) / 2, y, size, font, color });
  center(CERT_TITLE, H - 92, 34, ink);
  center(CERT_TITLE_EN, H - 118, 13, grey);
  page.drawLine({ start: { x: 250, y: H - 132 }, end: { x: W - 250, y: H - 132 }, thickness: 1, color: gold });

  // Photo (2-inch ratio) on the left.
  const photoX = 70;
  const photoW = 110;
  const photoH = 150;
  const photoTop = H - 165;
  const photo = await embedPhoto(doc, d);
  if (photo) {
    const scale = Math.min(photoW / photo.width, photoH / photo.height);
    const w = photo.width * scale;
    const h = photo.height * scale;
    page.drawImage(photo, {
      x: photoX + (photoW - w) / 2,
      y: photoTop - photoH + (photoH - h) / 2,
      width: w,
      height: h,
    });
  } else {
    page.drawText('照片', { x: photoX + photoW / 2 - 12, y: photoTop - photoH / 2 - 6, size: 12, font, color: grey });
  }
  page.drawRectangle({
    x: photoX,
    y: photoTop - photoH,
    width: photoW,
    height: photoH,
    borderColor: grey,
    borderWidth: 0.8,
  });

  // Fields.
  const labelX = 220;
  const valueX = 320;
  const valueW = W - 200 - valueX;
  let y = H - 175;
  for (const [label, value] of fields(d)) {
    page.drawText(label, { x: labelX, y, size: 12, font, color: grey });
    const lines = wrapText(value, font, 14, valueW);
    for (const [i, l] of lines.entries()) page.drawText(l, { x: valueX, y: y - i * 18, size: 14, font, color: ink });
    y -= 18 * Math.max(1, lines.length) + 8;
  }
  y -= 6;
  for (const l of wrapText(BODY, font, 11, W - 2 * 70 - 150)) {
    page.drawText(l, { x: 70, y, size: 11, font, color: ink });
    y -= 16;
  }

  // QR code bottom right, with the URL printed small.
  const qrPng = await QRCode.toBuffer(d.verifyUrl, { type: 'png', margin: 1, width: 240, errorCorrectionLevel: 'M' });
  const qr = await doc.embedPng(qrPng);
  const qrSize = 104;
  const qrX = W - 70 - qrSize;
  const qrY = 78;
  page.drawImage(qr, { x: qrX, y: qrY, width: qrSize, height: qrSize });
  page.drawText('扫码核验', { x: qrX + qrSize / 2 - 20, y: qrY - 14, size: 10, font, color: grey });
  const urlSize = 7;
  const urlW = font.widthOfTextAtSize(d.verifyUrl, urlSize);
  page.drawText(d.verifyUrl, { x: Math.max(40, W - 60 - urlW), y: 44, size: urlSize, font, color: grey });

  if (d.revoked) {
    page.drawText('已撤销', { x: W / 2 - 90, y: H / 2 - 40, size: 60, font, color: red, opacity: 0.35 });
    page.drawText('REVOKED', { x: W / 2 - 80, y: H / 2 - 90, size: 32, font, color: red, opacity: 0.35 });
  }
}

/** One PDF with one page per certificate. Text is real text in the embedded subset font (searchable). */
export async function renderCertificates(list: readonly CertificatePdfData[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(list.length === 1 ? `${CERT_TITLE} ${list[0]!.number}` : CERT_TITLE);
  doc.setCreator('CrossSkill');
  doc.setProducer('CrossSkill');
  const font = await embedCjkFont(doc, list.map(certificateText).join(''));
  for (const d of list) await drawCertificate(doc, doc.addPage(PAGE), font, d);
  return doc.save();
}

export const renderCertificate = (d: CertificatePdfData) => renderCertificates([d]);
