import { PHOTO_MAX_BYTES, type UserPhotoInfo } from '@crossskill/contracts';
import { eq, sql } from 'drizzle-orm';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/index.js';
import { recordAudit } from '../audit/index.js';
import { userPhotos } from './identity.tables.js';

/** An ID photo larger than this many pixels is refused before decoding (a tiny file can inflate to gigabytes). */
const MAX_PIXELS = 12_000_000;

const isPng = (b: Buffer) => b.length > 24 && b.readUInt32BE(0) === 0x89504e47 && b.readUInt32BE(4) === 0x0d0a1a0a;
const isJpeg = (b: Buffer) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;

/** Decodes the photo for real (PNG or JPEG); anything else, or a file that does not decode, is 415 PHOTO_INVALID. */
export function decodePhoto(bytes: Buffer): { mime: 'image/png' | 'image/jpeg'; width: number; height: number } {
  if (bytes.length > PHOTO_MAX_BYTES) throw new AppError('PHOTO_TOO_LARGE');
  try {
    if (isPng(bytes)) {
      const width = bytes.readUInt32BE(16);
      const height = bytes.readUInt32BE(20);
      if (width * height > MAX_PIXELS) throw new Error('too many pixels');
      const png = PNG.sync.read(bytes);
      if (png.width > 0 && png.height > 0) return { mime: 'image/png', width: png.width, height: png.height };
    } else if (isJpeg(bytes)) {
      const img = jpeg.decode(bytes, {
        useTArray: true,
        formatAsRGBA: false,
        maxResolutionInMP: MAX_PIXELS / 1_000_000,
        maxMemoryUsageInMB: 128,
      });
      if (img.width > 0 && img.height > 0) return { mime: 'image/jpeg', width: img.width, height: img.height };
    }
  } catch {
    // falls through to 415
  }
  throw new AppError('PHOTO_INVALID');
}

const info = (row: { mime: string; width: number; height: number; bytes: number; updatedAt: Date }): UserPhotoInfo => ({
  mime: row.mime as UserPhotoInfo['mime'],
  width: row.width,
  height: row.height,
  bytes: row.bytes,
  updatedAt: row.updatedAt.toISOString(),
});

/** PUT /api/me/photo: stores (replaces) the caller's ID photo; audited `user.photo_updated`. */
export async function savePhoto(
  ctx: AppContext,
  userId: string,
  bytes: Buffer,
  ip: string | null,
): Promise<UserPhotoInfo> {
  const image = decodePhoto(bytes);
  const now = new Date();
  const content = new Uint8Array(bytes);
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(userPhotos)
      .values({ userId, mime: image.mime, width: image.width, height: image.height, content, updatedAt: now })
      .onConflictDoUpdate({
        target: userPhotos.userId,
        set: { mime: image.mime, width: image.width, height: image.height, content, updatedAt: now },
      });
    await recordAudit(tx, {
      event: 'user.photo_updated',
      actorUserId: userId,
      subjectUserId: userId,
      ip,
      details: { mime: image.mime, width: image.width, height: image.height, bytes: bytes.length },
    });
  });
  return info({ ...image, bytes: bytes.length, updatedAt: now });
}

/** The caller's photo (bytes), 404 PHOTO_NOT_FOUND when none. */
export async function loadPhoto(ctx: AppContext, userId: string) {
  const [row] = await ctx.db.select().from(userPhotos).where(eq(userPhotos.userId, userId)).limit(1);
  if (!row) throw new AppError('PHOTO_NOT_FOUND');
  return row;
}

/** The caller's photo facts without the bytes. */
export async function photoInfo(ctx: AppContext, userId: string): Promise<UserPhotoInfo> {
  const [row] = await ctx.db
    .select({
      mime: userPhotos.mime,
      width: userPhotos.width,
      height: userPhotos.height,
      bytes: sql<number>`octet_length(${userPhotos.content})`.mapWith(Number),
      updatedAt: userPhotos.updatedAt,
    })
    .from(userPhotos)
    .where(eq(userPhotos.userId, userId))
    .limit(1);
  if (!row) throw new AppError('PHOTO_NOT_FOUND');
  return info(row);
}

/** DELETE /api/me/photo (audited; certificates already issued keep their copy). */
export async function deletePhoto(ctx: AppContext, userId: string, ip: string | null): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const gone = await tx
      .delete(userPhotos)
      .where(eq(userPhotos.userId, userId))
      .returning({ userId: userPhotos.userId });
    if (gone.length === 0) throw new AppError('PHOTO_NOT_FOUND');
    await recordAudit(tx, {
      event: 'user.photo_updated',
      actorUserId: userId,
      subjectUserId: userId,
      ip,
      details: { deleted: true },
    });
  });
}
