/** An error that carries every problem found, each one a readable sentence naming what is wrong and where. */
export class PackageError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Cannot build the Teams app package:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PackageError';
  }
}
