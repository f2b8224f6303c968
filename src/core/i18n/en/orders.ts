// English texts: orders (placeholder until filled).
import type { orders as fr } from '../fr/orders';

export const orders: typeof fr = {};
