// Where an e-mail sent again goes: the recipient's address as `Adhérents` or `Producteurs` has it now.
import type { Member, Producer } from '../model';

export interface Directory {
  members: Pick<Member, 'email' | 'name' | 'row'>[];
  producers: Pick<Producer, 'email' | 'name'>[];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The address an e-mail queued to `to` must go to now. A coordinator who finds an e-mail failed
 * for a mistyped address corrects it in `Adhérents` (or `Producteurs`) and sets the row back to
 * pending: the recipient is found in `then` (the directory the e-mail was written from) and
 * looked up in `now` — the same row and name for a member (else the one member of that name), the
 * same name for a producer. An address `now` still has, or a recipient it cannot tell, is kept.
 * @example currentAddress('clare@exmple.org', { members: [{ email: 'clare@exmple.org', name: 'Claire', row: 5 }], producers: [] },
 *   { members: [{ email: 'claire@example.org', name: 'Claire', row: 5 }], producers: [] }) // "claire@example.org"
 */
export function currentAddress(to: string, then: Directory, now: Directory): string {
  if (now.members.some((m) => same(m.email, to)) || now.producers.some((p) => same(p.email, to))) return to;
  const member = then.members.find((m) => same(m.email, to));
  if (member) {
    const named = now.members.filter((m) => same(m.name, member.name) && m.email.trim() !== '');
    const found = named.find((m) => m.row === member.row) ?? (named.length === 1 ? named[0] : undefined);
    return found ? found.email : to;
  }
  const producer = then.producers.find((p) => same(p.email, to));
  const found = producer ? now.producers.find((p) => same(p.name, producer.name) && p.email.trim() !== '') : undefined;
  return found ? found.email : to;
}
