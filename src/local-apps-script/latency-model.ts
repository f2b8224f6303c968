// The latency model: what one service call costs in modeled Apps Script time.
// Filled in by the runtime work; see docs/latency-model.md for the sources of each figure.
import type { CallKind } from './accounting';

export interface LatencyModel {
  /** Base cost of a round trip by kind, in ms. */
  perCall: Record<CallKind, number>;
  /** Per-method overrides of the base cost, in ms (`MailApp.sendEmail`: 300…). */
  perMethod: Record<string, number>;
  perCellRead: number;
  perCellWritten: number;
}

export const DEFAULT_LATENCY: LatencyModel = {
  perCall: { read: 40, write: 50, rpc: 30, lookup: 10, local: 0 },
  perMethod: {},
  perCellRead: 0.005,
  perCellWritten: 0.01,
};

export function latencyOf(model: LatencyModel, method: string, kind: CallKind, read: number, written: number): number {
  const base = model.perMethod[method] ?? model.perCall[kind];
  return base + read * model.perCellRead + written * model.perCellWritten;
}
