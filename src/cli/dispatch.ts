/**
 * The order a batch hands its documents to the lanes in (its report keeps the input order). With one lane it is the
 * input order. With several, largest first: a lane that takes a long document last keeps the batch waiting while
 * the other lanes have nothing left to do (a 300-page budget at the end of a folder of small ones ran alone for
 * its whole length). Size in bytes is the guess at the time a document takes; one whose size is unknown comes
 * after those whose size is known, in input order.
 */
export function dispatchOrder(sizes: ReadonlyArray<number | undefined>, lanes: number): number[] {
  const order = sizes.map((_, i) => i);
  if (lanes <= 1) return order;
  const key = (i: number) => sizes[i] ?? -1;
  // Array.prototype.sort is stable: equal sizes keep their input order.
  return order.sort((a, b) => key(b) - key(a));
}
