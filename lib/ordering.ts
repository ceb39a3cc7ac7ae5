/**
 * The list with `id` swapped with its neighbour; null when it is already first (up) or last
 * (down), or not in the list. Callers write the new order as positions 1…n, which also repairs
 * ties and gaps left by earlier writes.
 */
export function moveInList(ids: readonly string[], id: string, direction: 'up' | 'down'): string[] | null {
  const index = ids.indexOf(id);
  const other = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || other < 0 || other >= ids.length) return null;
  const next = [...ids];
  [next[index], next[other]] = [next[other] as string, next[index] as string];
  return next;
}
