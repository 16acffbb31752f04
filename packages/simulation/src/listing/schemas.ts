import type { z } from 'zod';

// TODO(helper): zod schemas of this domain's actions (core/actions.ts), one z.object per action with type: z.literal(...).
export const listingActionSchemas: z.ZodObject[] = [];
