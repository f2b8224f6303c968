// The benchmark's synthetic group: deterministic, and shaped like a real group of its size.
import { generateGroup } from '../../../src/cli/bench/generate-group';

describe('generateGroup', () => {
  test.each([
    { households: 20, products: 30 },
    { households: 200, products: 300 },
  ])('gives the same workbook for the same seed ($households households, $products products)', ({ households, products }) => {
    expect(generateGroup({ households, products, seed: 5 })).toEqual(generateGroup({ households, products, seed: 5 }));
  });

  test('gives another catalogue for another seed', () => {
    const tab = (seed: number) => generateGroup({ households: 20, products: 30, seed }).snapshot.sheets.find((s) => s.name === 'Produits')!.values;
    expect(tab(1)).not.toEqual(tab(2));
  });

  test.each([
    { households: 20, products: 30, sites: 2, producers: 6 },
    { households: 200, products: 30, sites: 10, producers: 6 },
    { households: 2000, products: 300, sites: 10, producers: 60 },
  ])('spreads $households households over $sites sites and $products products over $producers producers', ({ households, products, sites, producers }) => {
    const group = generateGroup({ households, products });
    expect(group.members).toHaveLength(households);
    expect(new Set(group.members.map((m) => m.email)).size).toBe(households);
    expect(group.sites).toHaveLength(sites);
    expect(new Set(group.members.map((m) => m.site)).size).toBe(sites);
    expect(group.products).toHaveLength(products);
    expect(new Set(group.products.map((p) => p.producer)).size).toBe(producers);
    const tabs = Object.fromEntries(group.snapshot.sheets.map((s) => [s.name, s.values.length - 1]));
    expect(tabs).toMatchObject({ Lieux: sites, Adhérents: households, Producteurs: producers, Produits: products });
  });

  test('sells about 30 % of products by cases and 10 % with a stock, by steps of 1 and 0.5', () => {
    const { products } = generateGroup({ households: 200, products: 300 });
    const share = (f: (p: (typeof products)[number]) => boolean) => products.filter(f).length / products.length;
    expect(share((p) => p.caseSize !== null)).toBeGreaterThan(0.2);
    expect(share((p) => p.caseSize !== null)).toBeLessThan(0.4);
    expect(share((p) => p.stock !== null)).toBeGreaterThan(0.04);
    expect(share((p) => p.stock !== null)).toBeLessThan(0.16);
    expect(new Set(products.map((p) => p.step))).toEqual(new Set([1, 0.5]));
  });
});
