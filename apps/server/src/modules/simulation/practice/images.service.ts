import { SIM_IMAGE_MAX_BYTES, type SimImage } from '@crossskill/contracts';
import { analyzeImagePixels, type ImageMeta, sniffImageFormat } from '@crossskill/simulation';
import { and, eq } from 'drizzle-orm';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { AppError, type AuthContext, isPlatformAdmin, type Lang } from '../../../platform/http/index.js';
import { simImages, skillAttempts, skillExamExaminers } from '../simulation.tables.js';
import { pick, staffOrgIds } from './common.js';
import { sharesOrg } from './run-access.js';

/** Decoding is refused above this many pixels (a small, highly compressed file can expand to gigabytes). */
const MAX_PIXELS = 25_000_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const tooLarge = () =>
  new AppError('SIM_IMAGE_TOO_LARGE', { params: { limit: `${SIM_IMAGE_MAX_BYTES / 1024 / 1024} MB` } });
const tooManyPixels = (lang: Lang) =>
  new AppError('SIM_IMAGE_TOO_LARGE', {
    params: { limit: pick(lang, `${MAX_PIXELS / 10_000} 万像素`, `${MAX_PIXELS / 1_000_000} megapixels`) },
  });

interface Decoded {
  format: 'png' | 'jpeg';
  mimeType: string;
  width: number;
  height: number;
  rgba: Uint8Array;
}

/** PNG dimensions from the IHDR chunk, read before inflating anything. */
function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Decodes a PNG or JPEG to RGBA; anything else, or a file that does not decode, is 415. */
function decode(bytes: Buffer, lang: Lang): Decoded {
  const format = sniffImageFormat(bytes);
  try {
    if (format === 'png') {
      const size = pngSize(bytes);
      if (!size) throw new Error('truncated');
      if (size.width * size.height > MAX_PIXELS) throw tooManyPixels(lang);
      const png = PNG.sync.read(bytes);
      return { format, mimeType: 'image/png', width: png.width, height: png.height, rgba: png.data };
    }
    if (format === 'jpeg') {
      const img = jpeg.decode(bytes, {
        useTArray: true,
        formatAsRGBA: true,
        maxResolutionInMP: MAX_PIXELS / 1_000_000,
        maxMemoryUsageInMB: 256,
      });
      return { format, mimeType: 'image/jpeg', width: img.width, height: img.height, rgba: img.data };
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (err instanceof Error && /maxResolutionInMP|maxMemoryUsageInMB/.test(err.message)) throw tooManyPixels(lang);
  }
  throw new AppError('SIM_IMAGE_UNSUPPORTED');
}

const toMeta = (row: typeof simImages.$inferSelect): ImageMeta => ({
  id: row.id,
  format: row.format as ImageMeta['format'],
  width: row.width,
  height: row.height,
  bytes: row.bytes,
  borderWhiteRatio: row.borderWhiteRatio,
  productFillRatio: row.productFillRatio,
});

/** Measures an uploaded product image on its real pixels and keeps it for the caller's listings. */
export async function uploadImage(ctx: AppContext, auth: AuthContext, bytes: Buffer, lang: Lang): Promise<SimImage> {
  if (bytes.length > SIM_IMAGE_MAX_BYTES) throw tooLarge();
  const image = decode(bytes, lang);
  if (image.width === 0 || image.height === 0) throw new AppError('SIM_IMAGE_UNSUPPORTED');
  const measured = analyzeImagePixels(image.rgba, image.width, image.height);
  const [row] = await ctx.db
    .insert(simImages)
    .values({
      ownerId: auth.userId,
      format: image.format,
      mimeType: image.mimeType,
      width: image.width,
      height: image.height,
      bytes: bytes.length,
      borderWhiteRatio: measured.borderWhiteRatio,
      productFillRatio: measured.productFillRatio,
      content: new Uint8Array(bytes),
    })
    .returning();
  return toMeta(row!) as SimImage;
}

/** The caller's own image, as the simulator's ImageMeta; unknown or someone else's → 404. */
export async function findOwnImage(exec: Executor, userId: string, imageId: unknown): Promise<ImageMeta> {
  if (typeof imageId !== 'string' || !UUID.test(imageId)) throw new AppError('SIM_IMAGE_NOT_FOUND');
  const [row] = await exec
    .select()
    .from(simImages)
    .where(and(eq(simImages.id, imageId), eq(simImages.ownerId, userId)))
    .limit(1);
  if (!row) throw new AppError('SIM_IMAGE_NOT_FOUND');
  return toMeta(row);
}

/**
 * The image file for its owner, or for staff reviewing the owner's work: platform admins, institution admins and
 * lecturers of an organisation the owner belongs to, and examiners of a skill exam the owner sat.
 */
export async function imageFile(ctx: AppContext, auth: AuthContext, imageId: string) {
  const [row] = await ctx.db.select().from(simImages).where(eq(simImages.id, imageId)).limit(1);
  if (!row) throw new AppError('SIM_IMAGE_NOT_FOUND');
  const allowed =
    row.ownerId === auth.userId ||
    isPlatformAdmin(auth) ||
    (await sharesOrg(ctx.db, row.ownerId, staffOrgIds(auth))) ||
    (await examinesUser(ctx.db, auth.userId, row.ownerId));
  if (!allowed) throw new AppError('SIM_IMAGE_NOT_FOUND');
  return { mimeType: row.mimeType, content: Buffer.from(row.content) };
}

async function examinesUser(exec: Executor, examinerId: string, candidateId: string): Promise<boolean> {
  const [hit] = await exec
    .select({ id: skillAttempts.id })
    .from(skillAttempts)
    .innerJoin(skillExamExaminers, eq(skillExamExaminers.planId, skillAttempts.planId))
    .where(and(eq(skillAttempts.userId, candidateId), eq(skillExamExaminers.userId, examinerId)))
    .limit(1);
  return Boolean(hit);
}
