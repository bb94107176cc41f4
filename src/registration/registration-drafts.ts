/**
 * The registration form's use cases, before anything is sent: open the form (or resume the one in progress),
 * save a validated step, go to a step, correct a registration IT asked about, cancel. The draft is a small
 * explicit record per person (docs/decisions/0023-conversation-state.md), so the form survives a restart and
 * guideline questions asked in between; its `id` is the idempotency key of the submit (ADR 0021).
 */
import { randomUUID } from 'node:crypto';
import type { Person } from '../workflow/person';
import { STEPS, validateStep, type FieldProblem, type FormStep } from './registration-form';
import type { RegistrationDraft, RegistrationRepository } from './registration-repository';

export type StepResult = { ok: true; draft: RegistrationDraft } | { ok: false; problems: FieldProblem[] };

/** The first step not filled in yet, or the summary. */
export function nextStep(draft: RegistrationDraft): FormStep | 'summary' {
  return STEPS.find((step) => draft[step] === undefined) ?? 'summary';
}

export class RegistrationDrafts {
  constructor(
    private readonly repository: RegistrationRepository,
    private readonly now: () => Date,
  ) {}

  /** The form in progress (`resumed`), or a new one at step 1. */
  async open(person: Person): Promise<{ draft: RegistrationDraft; resumed: boolean }> {
    const existing = await this.repository.draft(person.id);
    if (existing) return { draft: existing, resumed: true };
    const draft: RegistrationDraft = { id: randomUUID(), step: 'profile', updatedAt: this.stamp() };
    await this.repository.saveDraft(person.id, draft);
    return { draft, resumed: false };
  }

  current(person: Person): Promise<RegistrationDraft | undefined> {
    return this.repository.draft(person.id);
  }

  /** Validates one step's card data (never trusted) and moves on to the next unfilled step. */
  async saveStep(person: Person, step: FormStep, input: unknown): Promise<StepResult> {
    const validated = validateStep(step, input);
    if (!validated.ok) return { ok: false, problems: validated.problems };
    const draft = (await this.repository.draft(person.id)) ?? { id: randomUUID(), step: 'profile', updatedAt: this.stamp() };
    const next: RegistrationDraft = { ...draft, [step]: validated.value, updatedAt: this.stamp() };
    next.step = nextStep(next);
    await this.repository.saveDraft(person.id, next);
    return { ok: true, draft: next };
  }

  /** Back to a step (or the summary) of the form in progress; undefined when there is none. */
  async goTo(person: Person, step: FormStep | 'summary'): Promise<RegistrationDraft | undefined> {
    const draft = await this.repository.draft(person.id);
    if (!draft) return undefined;
    const next: RegistrationDraft = { ...draft, step, updatedAt: this.stamp() };
    await this.repository.saveDraft(person.id, next);
    return next;
  }

  /** The requester corrects a registration IT asked about: a draft with its details at the summary, or undefined. */
  async correct(person: Person, ref: string): Promise<RegistrationDraft | undefined> {
    const record = await this.repository.get(ref);
    if (!record || record.requester.id !== person.id || record.state !== 'needs-info') return undefined;
    const draft: RegistrationDraft = { id: randomUUID(), step: 'summary', ...record.details, editingRef: ref, updatedAt: this.stamp() };
    await this.repository.saveDraft(person.id, draft);
    return draft;
  }

  async discard(person: Person): Promise<void> {
    await this.repository.deleteDraft(person.id);
  }

  private stamp(): string {
    return this.now().toISOString();
  }
}
