// The coordinator's order sidebar: the Form's catalogue, the stock left, and households typed by people, kept as text.
import { orderSidebar, type SidebarHousehold } from '../../../src/core/orders/order-sidebar';
import { smallCycle } from './fixtures/small-cycle';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const JEANNE: SidebarHousehold = { key: 'nom:jeanne bousquet', name: 'Jeanne <b>Bousquet</b>', site: 'Septfonds', withoutEmail: true, order: null };

test.each([
  { ref: 'MIE', ordered: 0, shown: 'reste 10 kg' },
  { ref: 'MIE', ordered: 9.5, shown: 'reste 0,5 kg' },
  { ref: 'PAI', ordered: 5, shown: 'épuisé' },
])('$ref with $ordered ordered by the group shows “$shown”', ({ ref, ordered, shown }) => {
  const html = plain(orderSidebar(smallCycle(), { [ref]: { quantity: ordered } }, []));
  const question = html.slice(html.indexOf(`data-ref="${ref}"`));
  expect(question.slice(0, question.indexOf('</label>'))).toContain(shown);
});

test('the questions read as the Form’s: titles, steps, maximums', () => {
  const html = plain(orderSidebar(smallCycle(), {}, []));
  expect(html).toContain('Tomates anciennes — 4,20 € / kg');
  expect(html).toContain('data-ref="TOM" data-step="0.5" data-max="4"');
});

test('a household’s name is text, in the list and in the page’s data', () => {
  const html = orderSidebar(smallCycle(), {}, [{ ...JEANNE, name: 'Jeanne </script><script>alert(1)</script>' }, JEANNE]);
  expect(html).toContain('<option value="nom:jeanne bousquet">Jeanne &lt;b&gt;Bousquet&lt;/b&gt; (sans e-mail');
  expect(html.match(/<script/g)).toHaveLength(2); // the data and the page's own script, nothing a name brought
});

test('in English', () => {
  const html = plain(orderSidebar(smallCycle('en'), {}, [JEANNE]));
  expect(html).toContain('Save the order');
  expect(html).toContain('(no email: printed slip)');
});
