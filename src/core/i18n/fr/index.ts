// The French catalogue: every text Cabas shows to people, in French (the default).
import { close } from './close';
import { orders } from './orders';
import { payments } from './payments';
import { problems } from './problems';
import { ui } from './ui';
import { workbook } from './workbook';

export const fr = { workbook, problems, orders, close, payments, ui };
