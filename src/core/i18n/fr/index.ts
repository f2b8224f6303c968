// The French catalogue: every text Cabas shows to people, in French (the default).
import { close } from './close';
import { orders } from './orders';
import { payments } from './payments';
import { problems } from './problems';
import { ui } from './ui';
import { workbook } from './workbook';

// A function: the catalogue is built when a locale is first asked for, not at every load of the bundle.
export const fr = () => ({ workbook: workbook(), problems: problems(), orders: orders(), close: close(), payments: payments(), ui: ui() });
