/** The lines of `after` that are not in `before`, failing the test if anything of `before` was removed or reordered. */
export function addedLines(before: string, after: string): string[] {
  const old = before.split('\n');
  const added: string[] = [];
  let i = 0;
  for (const line of after.split('\n')) {
    if (i < old.length && line === old[i]) i += 1;
    else added.push(line);
  }
  expect(i).toBe(old.length);
  return added;
}
