/**
 * The life of a registration as data: which event moves a registration from which state to which.
 *   submitted → acknowledged | needs-info;  needs-info → updated (by the requester);
 *   updated → acknowledged | needs-info;    acknowledged → deactivated.
 */
export type RegistrationState = 'submitted' | 'acknowledged' | 'needs-info' | 'updated' | 'deactivated';
export type RegistrationEvent = 'submit' | 'acknowledge' | 'request-info' | 'update' | 'deactivate';

export const TRANSITIONS: Record<RegistrationEvent, { from: (RegistrationState | null)[]; to: RegistrationState }> = {
  submit: { from: [null], to: 'submitted' },
  acknowledge: { from: ['submitted', 'updated'], to: 'acknowledged' },
  'request-info': { from: ['submitted', 'updated'], to: 'needs-info' },
  update: { from: ['needs-info'], to: 'updated' },
  deactivate: { from: ['acknowledged'], to: 'deactivated' },
};

/** The state after `event`, or undefined when the event is not allowed in `state`. */
export function nextState(state: RegistrationState | null, event: RegistrationEvent): RegistrationState | undefined {
  const transition = TRANSITIONS[event];
  return transition.from.includes(state) ? transition.to : undefined;
}

/** States in which IT can still act on the card. */
export const awaitingIt = (state: RegistrationState): boolean => state === 'submitted' || state === 'updated';
