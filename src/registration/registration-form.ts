/**
 * The registration form, validated on the server whatever the card checked: three steps (the profile, the
 * people who answer for it, the checklist the rules require), each a zod schema whose error messages are
 * problem codes, so the bot can explain every problem in the user's language. Free text may not contain
 * markup (< or >): it is shown on cards in the IT channel.
 */
import { z } from 'zod';

export const PLATFORMS = ['facebook', 'instagram', 'linkedin', 'x', 'snapchat', 'tiktok', 'youtube', 'other'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Host names a profile URL may have per platform (subdomains allowed); "other" accepts any https URL. */
export const PLATFORM_DOMAINS: Record<Platform, string[] | undefined> = {
  facebook: ['facebook.com', 'fb.com'],
  instagram: ['instagram.com'],
  linkedin: ['linkedin.com'],
  x: ['x.com', 'twitter.com'],
  snapchat: ['snapchat.com'],
  tiktok: ['tiktok.com'],
  youtube: ['youtube.com', 'youtu.be'],
  other: undefined,
};

/** `pairEmail` / `pairName`: the optional second administrator has a name without an e-mail, or the other way round. */
export type Problem = 'required' | 'tooLong' | 'markup' | 'url' | 'urlDomain' | 'email' | 'unchecked' | 'choice' | 'pairEmail' | 'pairName';

export const LIMITS = { name: 100, unit: 120, person: 120, email: 200, purpose: 1000, audience: 500, url: 300 } as const;

const noMarkup = (text: string): boolean => !/[<>]/.test(text);
const emptyToUndefined = (value: unknown): unknown => (typeof value === 'string' && value.trim() === '' ? undefined : value);

function text(max: number) {
  return z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(max, { error: 'tooLong' })
    .refine(noMarkup, { error: 'markup' });
}
const email = z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(LIMITS.email, { error: 'tooLong' }).pipe(z.email({ error: 'email' }));
const optionalText = (max: number) => z.preprocess(emptyToUndefined, text(max).optional());
const optionalEmail = z.preprocess(emptyToUndefined, email.optional());

export const profileStepSchema = z
  .object({
    platform: z.enum(PLATFORMS, { error: 'choice' }),
    profileName: text(LIMITS.name),
    profileUrl: z.preprocess(emptyToUndefined, z.string().trim().max(LIMITS.url, { error: 'tooLong' }).optional()),
    unit: text(LIMITS.unit),
    purpose: text(LIMITS.purpose),
    audience: text(LIMITS.audience),
  })
  .superRefine((step, ctx) => {
    if (step.profileUrl === undefined) return;
    const problem = urlProblem(step.platform, step.profileUrl);
    if (problem) ctx.addIssue({ code: 'custom', path: ['profileUrl'], message: problem });
  });
export type ProfileStep = z.infer<typeof profileStepSchema>;

export const peopleStepSchema = z
  .object({
    headName: text(LIMITS.person),
    headEmail: email,
    admin1Name: text(LIMITS.person),
    admin1Email: email,
    admin2Name: optionalText(LIMITS.person),
    admin2Email: optionalEmail,
  })
  .superRefine((step, ctx) => {
    if (step.admin2Name && !step.admin2Email) ctx.addIssue({ code: 'custom', path: ['admin2Email'], message: 'pairEmail' });
    if (step.admin2Email && !step.admin2Name) ctx.addIssue({ code: 'custom', path: ['admin2Name'], message: 'pairName' });
  });
export type PeopleStep = z.infer<typeof peopleStepSchema>;

/** The checklist: each item is a rule the profile must follow (Input.Toggle sends "true"/"false"). */
export const CHECKLIST = [
  { id: 'coatOfArms', rule: 'R4.3.3' },
  { id: 'websiteFirst', rule: 'R4.3.1' },
  { id: 'oneWorkingDay', rule: 'R4.4.1' },
  { id: 'crisisRouting', rule: 'R4.3.5' },
  { id: 'pictureConsent', rule: 'R4.4.4' },
] as const;
export type ChecklistItem = (typeof CHECKLIST)[number]['id'];

const ticked = z.preprocess((v) => v === true || v === 'true', z.literal(true, { error: 'unchecked' }));
export const checklistStepSchema = z.object({
  coatOfArms: ticked,
  websiteFirst: ticked,
  oneWorkingDay: ticked,
  crisisRouting: ticked,
  pictureConsent: ticked,
});
export type ChecklistStep = z.infer<typeof checklistStepSchema>;

export const STEPS = ['profile', 'people', 'checklist'] as const;
export type FormStep = (typeof STEPS)[number];

export interface RegistrationDetails {
  profile: ProfileStep;
  people: PeopleStep;
  checklist: ChecklistStep;
}

export const detailsSchema = z.object({ profile: profileStepSchema, people: peopleStepSchema, checklist: checklistStepSchema });

export interface FieldProblem {
  field: string;
  problem: Problem;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

const stepSchemas = { profile: profileStepSchema, people: peopleStepSchema, checklist: checklistStepSchema } as const;

const PROBLEMS: readonly string[] = ['required', 'tooLong', 'markup', 'url', 'urlDomain', 'email', 'unchecked', 'choice', 'pairEmail', 'pairName'];
const isProblem = (code: string): code is Problem => PROBLEMS.includes(code);

function toProblems(error: z.ZodError): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const issue of error.issues) {
    const field = String(issue.path.at(-1) ?? 'form');
    if (seen.has(field)) continue;
    seen.add(field);
    problems.push({ field, problem: isProblem(issue.message) ? issue.message : 'required' });
  }
  return problems;
}

export function validateStep<S extends FormStep>(step: S, input: unknown): Validated<z.infer<(typeof stepSchemas)[S]>> {
  const parsed = stepSchemas[step].safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data as z.infer<(typeof stepSchemas)[S]> };
  return { ok: false, problems: toProblems(parsed.error) };
}

export function validateDetails(input: unknown): Validated<RegistrationDetails> {
  const parsed = detailsSchema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: toProblems(parsed.error) };
}

export function urlProblem(platform: Platform, raw: string): Problem | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'url';
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || !noMarkup(raw)) return 'url';
  const domains = PLATFORM_DOMAINS[platform];
  if (!domains) return undefined;
  const host = url.hostname.toLowerCase();
  return domains.some((d) => host === d || host.endsWith(`.${d}`)) ? undefined : 'urlDomain';
}
