/**
 * What every adapter of the storage port must do with concurrent writers (run against SQLite and Azurite):
 * a create happens once, and read-modify-writes of a missing item by many writers at once lose nothing.
 */
import type { KeyValueStore } from '../../src/storage/key-value-store';
import { updateItem } from '../../src/storage/optimistic-update';

export function itKeepsTheConcurrencyContract(open: () => KeyValueStore): void {
  it('creates an item at most once: one of eight simultaneous insertIfAbsent wins, the item is the winner’s', async () => {
    const store = open();
    const results = await Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map((n) => store.insertIfAbsent('registration/submission/d1', { ref: `SOME-2026-000${n}` })));
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = results.indexOf(true);
    expect((await store.read(['registration/submission/d1']))['registration/submission/d1']).toMatchObject({ ref: `SOME-2026-000${winner}` });
  });

  it('loses no update when eight writers change a missing item at once (the first-of-the-year counter)', async () => {
    const store = open();
    const taken = await Promise.all(
      [0, 1, 2, 3, 4, 5, 6, 7].map(async () => {
        const next = await updateItem(store, 'registration/counter/2026', (current) => ({ last: (typeof current?.['last'] === 'number' ? current['last'] : 0) + 1 }));
        return next?.['last'];
      }),
    );
    expect([...taken].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await store.read(['registration/counter/2026']))['registration/counter/2026']).toMatchObject({ last: 8 });
  });
}
