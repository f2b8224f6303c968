// The French catalogue: every text Cabas shows to people, in French (the default).
import { cli } from './cli';
import { close } from './close';
import { orders } from './orders';
import { problems } from './problems';
import { ui } from './ui';
import { workbook } from './workbook';

export const fr = { workbook, problems, orders, close, ui, cli };
