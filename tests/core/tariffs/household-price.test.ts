import type { OrderLine, Tariff } from '../../../src/core/model';
import { amountOwed, householdDue, householdLine, solidarityBalance, tariffOf, tariffPrice } from '../../../src/core/tariffs/household-price';

const SOLIDAIRE: Tariff = { name: 'solidaire', percent: -30 };
const SOUTIEN: Tariff = { name: 'soutien', percent: 20 };
const settings = { tariffs: [SOLIDAIRE, { name: 'normal', percent: 0 }, SOUTIEN], solidarityFloorCents: 0 };

function line(producer: string, priceCents: number, quantity: number, allocated: number | null = null): OrderLine {
  return {
    cycle: 'c', submittedAt: 0, email: 'a@example.org', member: 'A', site: '', producer, ref: producer, product: producer,
    quantity, tolerance: 0, allocated, priceCents, amountCents: Math.round(priceCents * (allocated ?? quantity)),
    responseId: 'r', status: allocated === null ? 'active' : 'allocated', comment: '', queue: 1,
  };
}

describe('the price a household pays', () => {
  test.each([
    { typed: 'solidaire', expected: SOLIDAIRE },
    { typed: ' Solidaire ', expected: SOLIDAIRE },
    { typed: 'SOUTIEN', expected: SOUTIEN },
    { typed: '', expected: { name: '', percent: 0 } },
    { typed: 'inconnu', expected: { name: '', percent: 0 } },
  ])('finds the tariff typed as "$typed"', ({ typed, expected }) => {
    expect(tariffOf({ tariff: typed }, settings)).toEqual(expected);
  });

  test.each([
    { price: 420, tariff: SOLIDAIRE, expected: 294 },
    { price: 420, tariff: SOUTIEN, expected: 504 },
    { price: 235, tariff: SOUTIEN, expected: 282 },
    { price: 150, tariff: { name: 'x', percent: 3 }, expected: 155 }, // 154.5 rounds up, float noise or not
    { price: 999, tariff: { name: '', percent: 0 }, expected: 999 },
  ])('a $price cents unit costs $expected at $tariff.percent %', ({ price, tariff, expected }) => {
    expect(tariffPrice(price, tariff)).toBe(expected);
  });

  test('bills the allocated quantity after the close and the ordered one before, without changing the line', () => {
    const ordered = line('Ferme', 420, 2);
    const closed = line('Ferme', 420, 2, 1.5);
    expect(householdLine(ordered, SOLIDAIRE)).toMatchObject({ priceCents: 294, amountCents: 588 });
    expect(householdLine(closed, SOLIDAIRE)).toMatchObject({ priceCents: 294, amountCents: 441 });
    expect(ordered).toMatchObject({ priceCents: 420, amountCents: 840 });
  });

  test('says what a household owes per producer, at its price and at the catalogue price', () => {
    const due = householdDue([line('Ferme', 1000, 1, 1), line('Rucher', 500, 2, 2), line('Ferme', 300, 1, 1)], SOLIDAIRE);
    expect(due.byProducer).toEqual([
      { producer: 'Ferme', dueCents: 910, catalogueCents: 1300 },
      { producer: 'Rucher', dueCents: 700, catalogueCents: 1000 },
    ]);
    expect([due.dueCents, due.catalogueCents, due.solidarityCents]).toEqual([1610, 2300, -690]);
  });

  test('a closed household owes its delivered lines only', () => {
    const cancelled = { ...line('Ferme', 1000, 1, 0), status: 'cancelled' as const };
    const household = { email: 'a', name: 'A', site: '', tariff: SOUTIEN, lines: [line('Ferme', 1000, 1, 1), cancelled].map((l) => ({ line: l, unit: '', reason: null })) };
    expect(amountOwed(household).dueCents).toBe(1200);
  });
});

describe('the solidarity balance', () => {
  test.each([
    { scenario: 'support covers solidarity', dues: [[SOUTIEN, 400], [SOLIDAIRE, -300]], floor: 0, balance: 100, below: false },
    { scenario: 'solidarity exceeds support', dues: [[SOUTIEN, 150], [SOLIDAIRE, -300], [SOLIDAIRE, -90]], floor: 0, balance: -240, below: true },
    { scenario: 'the group funds allow a deficit', dues: [[SOLIDAIRE, -300]], floor: -500, balance: -300, below: false },
    { scenario: 'nobody has a tariff', dues: [[{ name: '', percent: 0 }, 0]], floor: 0, balance: 0, below: false },
  ] as { scenario: string; dues: [Tariff, number][]; floor: number; balance: number; below: boolean }[])('$scenario: $balance', ({ dues, floor, balance, below }) => {
    const result = solidarityBalance(dues.map(([tariff, solidarityCents]) => ({ tariff, solidarityCents, dueCents: 1000 + solidarityCents })), { ...settings, solidarityFloorCents: floor });
    expect(result.balanceCents).toBe(balance);
    expect(result.belowFloor).toBe(below);
  });

  test('counts households per tariff, never naming them', () => {
    const result = solidarityBalance([
      { tariff: SOLIDAIRE, solidarityCents: -300, dueCents: 700 }, { tariff: SOLIDAIRE, solidarityCents: -90, dueCents: 210 }, { tariff: SOUTIEN, solidarityCents: 150, dueCents: 1150 },
    ], settings);
    expect(result.byTariff).toEqual([{ name: 'solidaire', households: 2, cents: -390 }, { name: 'soutien', households: 1, cents: 150 }]);
    expect([result.addedCents, result.givenCents]).toEqual([150, 390]);
  });

  // Found by the money probe: « solidaire (2 foyers) » for two households, one of which received nothing (its only product cut).
  test('does not count a household at a tariff that receives nothing', () => {
    const result = solidarityBalance([{ tariff: SOLIDAIRE, solidarityCents: -300, dueCents: 700 }, { tariff: SOLIDAIRE, solidarityCents: 0, dueCents: 0 }], settings);
    expect(result.byTariff).toEqual([{ name: 'solidaire', households: 1, cents: -300 }, { name: 'soutien', households: 0, cents: 0 }]);
  });
});
