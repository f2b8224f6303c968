// A producer renamed in `Producteurs` and `Produits` since Cabas recorded its name (a typo fixed
// between two cycles) is found again by what it sold: the products its recorded lines name (refs)
// now name one producer of `Producteurs`, that no line recorded under its own name. The lines keep
// the name they were written with; only where they are read together (the season's review, a
// payment reminder's « how to pay ») is the producer's name now used. The close finds a producer
// renamed while its cycle is open the same way (close/close-contacts.ts).
import type { Producer, Product } from '../model';

const key = (name: string) => name.trim().toLowerCase();

/**
 * A function from a recorded producer name to its name in `Producteurs` now: itself when listed or
 * not found again, else the one producer all its recorded products name now, provided the two names
 * never sold in one cycle (two producers of one cycle are two producers).
 * @example producerNow([{ producer: 'Ferme du Ruisseau', ref: 'LEG-TOM', cycle: '2026-12-12' }], producers, products)('Ferme du Ruisseau') // "Ferme des Ruisseaux"
 */
export function producerNow(recorded: Iterable<{ producer: string; ref: string; cycle: string }>, producers: Producer[], products: Product[]): (name: string) => string {
  const listed = new Map(producers.map((p) => [key(p.name), p.name]));
  const producerOfRef = new Map(products.map((p) => [p.ref, key(p.producer)]));
  const refsOf = new Map<string, Set<string>>();
  const cyclesOf = new Map<string, Set<string>>();
  for (const { producer, ref, cycle } of recorded) {
    const k = key(producer);
    let cycles = cyclesOf.get(k);
    if (!cycles) cyclesOf.set(k, (cycles = new Set()));
    cycles.add(cycle);
    if (listed.has(k)) continue;
    let refs = refsOf.get(k);
    if (!refs) refsOf.set(k, (refs = new Set()));
    refs.add(ref);
  }
  const renamed = new Map<string, string>();
  for (const [k, refs] of refsOf) {
    const now = new Set([...refs].map((ref) => producerOfRef.get(ref)));
    const [name] = [...now];
    if (now.size !== 1 || name === undefined || !listed.has(name)) continue;
    const together = [...(cyclesOf.get(name) ?? [])].some((c) => cyclesOf.get(k)!.has(c));
    if (!together) renamed.set(k, listed.get(name)!);
  }
  return (name) => renamed.get(key(name)) ?? name;
}
