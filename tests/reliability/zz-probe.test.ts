import { HOUR, MONCLAR, OPEN_AT, closeAndDeliver, openGroup, tabRows } from './support/reliability-group';
test.each(['dix', '8,40 € espèces', '8.40€', '8,4'])('Reçu %s', (typed) => {
  const d = openGroup();
  d.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR, at: OPEN_AT + HOUR });
  closeAndDeliver(d);
  const sheet = d.gas.spreadsheet().getSheetByName('Paiements')!;
  const values = d.sheet('Paiements').values;
  const row = values.findIndex((r) => r.includes('alice@example.org')) + 1;
  console.log(values[0].join('|'));
  sheet.getRange(row, values[0].indexOf('Reçu') + 1).setValue(typed);
  const before = d.gas.mail.sent.length;
  const r = d.run('remindUnpaidNow');
  console.log(typed, JSON.stringify(r), d.gas.mail.sent.slice(before).map((m) => m.to + ' ' + m.subject), tabRows(d, '▸ Soldes').slice(0, 3).map((x) => JSON.stringify(x)));
});
