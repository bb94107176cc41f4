/**
 * The registration form before it is sent, as pure functions over its draft: a new form, a validated step,
 * back to a step, a correction of a registration IT asked about. The draft is the state of the registration
 * dialog (docs/decisions/0023-conversation-state.md); its `id` is the idempotency key of the submit (ADR 0021).
 */
import { randomUUID } from 'node:crypto';
import type { Person } from '../workflow/person';
import { STEPS, validateStep, type ChecklistStep, type FieldProblem, type FormStep, type PeopleStep, type ProfileStep } from './registration-form';
import type { RegistrationRecord } from './registration-record';
import type { Prefill } from './registration-prefill';

/** A form in progress: the steps already validated, where the user is, and the registration being corrected (if any). */
export interface RegistrationDraft {
  /** The idempotency key of its submit: one record per draft, however often it is sent. */
  id: string;
  step: FormStep | 'summary';
  profile?: ProfileStep;
  people?: PeopleStep;
  checklist?: ChecklistStep;
  editingRef?: string;
  /** Suggestions shown in the empty fields: what the user said and what the directory knows (registration-prefill.ts). */
  prefill?: Prefill;
  updatedAt: string;
}

export type StepResult = { ok: true; draft: RegistrationDraft } | { ok: false; problems: FieldProblem[] };

export function newDraft(now: Date, prefill?: Prefill): RegistrationDraft {
  return { id: randomUUID(), step: 'profile', ...(prefill && Object.keys(prefill).length > 0 ? { prefill } : {}), updatedAt: now.toISOString() };
}

/** The first step not filled in yet, or the summary. */
export function nextStep(draft: RegistrationDraft): FormStep | 'summary' {
  return STEPS.find((step) => draft[step] === undefined) ?? 'summary';
}

/** Validates one step's card data (never trusted) and moves on to the next unfilled step. */
export function withStep(draft: RegistrationDraft, step: FormStep, input: unknown, now: Date): StepResult {
  const validated = validateStep(step, input);
  if (!validated.ok) return { ok: false, problems: validated.problems };
  const next: RegistrationDraft = { ...draft, [step]: validated.value, updatedAt: now.toISOString() };
  return { ok: true, draft: { ...next, step: nextStep(next) } };
}

export function atStep(draft: RegistrationDraft, step: FormStep | 'summary', now: Date): RegistrationDraft {
  return { ...draft, step, updatedAt: now.toISOString() };
}

/** The requester corrects a registration IT asked about: a draft with its details at the summary, or undefined. */
export function correctionDraft(record: RegistrationRecord | undefined, person: Person, now: Date): RegistrationDraft | undefined {
  if (!record || record.requester.id !== person.id || record.state !== 'needs-info') return undefined;
  return { id: randomUUID(), step: 'summary', ...record.details, editingRef: record.ref, updatedAt: now.toISOString() };
}
