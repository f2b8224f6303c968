// What the order sidebar sends through google.script.run: its one owner, with the schema that checks
// it. google.script.run passes plain objects, arrays and primitives only
// (https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values).
import * as z from 'zod/mini';
import { decodeValue, type Decoded } from '../../core/boundary-json';
import type { Locale } from '../../core/model';

/** An order as the coordinator typed it: every value as text, judged by the Form's rules. */
export interface EnteredOrderRequest {
  household: string; // e-mail or name key
  quantities: Record<string, string>; // product ref -> what was typed
  site: string;
  tolerance: string;
  comment: string;
}

export interface SlipRequest {
  household: string;
}

/** Built on first use, not when the bundle loads. */
let orderSchema: z.ZodMiniType<EnteredOrderRequest> | null = null;
let slipSchema: z.ZodMiniType<SlipRequest> | null = null;
const text = () => z._default(z.string(), '');

export function decodeEnteredOrder(value: unknown, locale: Locale): Decoded<EnteredOrderRequest> {
  orderSchema ??= z.object({
    household: z.string().check(z.minLength(1)),
    quantities: z._default(z.record(z.string(), z.string()), {}),
    site: text(),
    tolerance: text(),
    comment: text(),
  });
  return decodeValue(orderSchema, value, locale);
}

export function decodeSlipRequest(value: unknown, locale: Locale): Decoded<SlipRequest> {
  slipSchema ??= z.object({ household: z.string().check(z.minLength(1)) });
  return decodeValue(slipSchema, value, locale);
}
