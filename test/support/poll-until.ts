/**
 * Waits for a condition by asking again every `intervalMs` until it holds or the deadline passes (then fails
 * naming what was awaited and the last value seen). For waits on another process or the file system, never a sleep.
 */
export async function pollUntil<T>(
  probe: () => T | Promise<T>,
  holds: (value: T) => boolean,
  options: { what: string; timeoutMs?: number; intervalMs?: number },
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  for (;;) {
    const value = await probe();
    if (holds(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${options.what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 50));
  }
}
