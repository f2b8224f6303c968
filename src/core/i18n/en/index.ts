// The English catalogue: the same keys as the French one, checked by the compiler.
import type { Catalogue } from '../index';
import { close } from './close';
import { orders } from './orders';
import { payments } from './payments';
import { problems } from './problems';
import { ui } from './ui';
import { workbook } from './workbook';

export const en = (): Catalogue => ({ workbook: workbook(), problems: problems(), orders: orders(), close: close(), payments: payments(), ui: ui() });
