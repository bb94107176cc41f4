/**
 * What a workflow's state machine answers, in one style for every workflow: the record after the event, or a
 * refusal that says why (not this person's action; not allowed in the record's current state). Nothing throws.
 */
export type Transition<T> = { kind: 'changed'; next: T } | { kind: 'refused'; why: 'forbidden' | 'not-now' };
