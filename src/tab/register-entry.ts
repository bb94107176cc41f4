/**
 * One row of IT's profile register as the tab shows it, and the port the tab reads them through. The
 * registration workflow (src/registration) owns the records; an adapter maps them to this view.
 */
import { z } from 'zod';

export const registerStates = ['submitted', 'needs-info', 'updated', 'acknowledged', 'deactivated'] as const;
export type RegisterState = (typeof registerStates)[number];

export const registerEventSchema = z.object({
  at: z.string(),
  state: z.enum(registerStates),
  by: z.string(),
  note: z.string().optional(),
});
export type RegisterEvent = z.infer<typeof registerEventSchema>;

export const registerEntrySchema = z.object({
  id: z.string(),
  profileName: z.string(),
  platform: z.string(),
  url: z.string().optional(),
  unit: z.string(),
  state: z.enum(registerStates),
  headOfUnit: z.string(),
  submittedBy: z.string(),
  submittedAt: z.string(),
  updatedAt: z.string(),
  history: z.array(registerEventSchema),
});
export type RegisterEntry = z.infer<typeof registerEntrySchema>;

/** Lists every registered profile, newest first. */
export type RegisterSource = () => Promise<RegisterEntry[]>;
