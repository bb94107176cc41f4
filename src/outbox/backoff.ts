/**
 * Retry schedule for failed deliveries: exponential from `baseMs`, capped at `maxMs`, deterministic (no jitter,
 * so tests can predict it; one sender per item is guaranteed by the lease, not by randomness).
 */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
  /** Give up (state "dead", logged as an error) after this many failed attempts. */
  maxAttempts: number;
}

export const defaultBackoff: BackoffPolicy = { baseMs: 2_000, maxMs: 10 * 60_000, maxAttempts: 50 };

export function retryDelayMs(policy: BackoffPolicy, failedAttempts: number): number {
  const exponent = Math.max(0, failedAttempts - 1);
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(exponent, 30));
}
