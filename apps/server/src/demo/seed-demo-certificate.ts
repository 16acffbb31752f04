import { and, eq } from 'drizzle-orm';
import { PNG } from 'pngjs';
import { certificates } from '../modules/certificates/certificates.tables.js';
import { issueCertificatesFor } from '../modules/certificates/index.js';
import { examPlans, examRegistrations } from '../modules/exams/exams.tables.js';
import { userPhotos, users } from '../modules/identity/identity.tables.js';
import { organizations } from '../modules/orgs/index.js';
import type { AppContext } from '../platform/context.js';

export interface DemoCertificate {
  number: string;
  verifyUrl: string;
}

/** A plain ID-photo placeholder (head and shoulders on light blue), 300 × 400 PNG. */
export function demoPhotoPng(): Buffer {
  const width = 300;
  const height = 400;
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const head = (x - 150) ** 2 / 70 ** 2 + (y - 150) ** 2 / 88 ** 2 <= 1;
      const shoulders = y > 250 && (x - 150) ** 2 / 140 ** 2 + (y - 400) ** 2 / 150 ** 2 <= 1;
      const [r, g, b] = head ? [236, 200, 170] : shoulders ? [40, 52, 74] : [196, 223, 245];
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

/**
 * The demo trainee's certificate from the finished demo plan: issued (really numbered and signed, by the
 * certificates module, as the institution admin) with the credential public, after the demo trainee got an ID
 * photo. Returns the existing one when the registration already has a certificate; null when the plan is missing.
 */
export async function seedDemoCertificate(
  ctx: AppContext,
  q: { institutionName: string; planName: string; traineeMobile: string; adminMobile: string },
): Promise<DemoCertificate | null> {
  const [reg] = await ctx.db
    .select({ id: examRegistrations.id, planId: examPlans.id, userId: examRegistrations.userId })
    .from(examRegistrations)
    .innerJoin(examPlans, eq(examPlans.id, examRegistrations.planId))
    .innerJoin(organizations, eq(organizations.id, examPlans.orgId))
    .innerJoin(users, eq(users.id, examRegistrations.userId))
    .where(
      and(eq(organizations.name, q.institutionName), eq(examPlans.name, q.planName), eq(users.mobile, q.traineeMobile)),
    )
    .limit(1);
  if (!reg) return null;
  const found = async () =>
    (
      await ctx.db
        .select({ id: certificates.id, number: certificates.number })
        .from(certificates)
        .where(eq(certificates.registrationId, reg.id))
        .limit(1)
    )[0];
  let cert = await found();
  if (!cert) {
    const photo = demoPhotoPng();
    await ctx.db
      .insert(userPhotos)
      .values({ userId: reg.userId, mime: 'image/png', width: 300, height: 400, content: photo })
      .onConflictDoNothing();
    const [admin] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.mobile, q.adminMobile)).limit(1);
    await issueCertificatesFor(ctx, { planId: reg.planId, registrationIds: [reg.id], actorId: admin!.id });
    cert = await found();
    if (!cert) return null;
    await ctx.db.update(certificates).set({ credentialPublic: true }).where(eq(certificates.id, cert.id));
  }
  return { number: cert.number, verifyUrl: `${ctx.config.publicUrl}/verify/${cert.number}` };
}
