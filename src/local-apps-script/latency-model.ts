// The latency model: what one service call costs in modeled Apps Script time. Every figure comes
// from a published measurement or is marked as an estimate; docs/latency-model.md cites each one.
import type { CallKind } from './accounting';

export interface LatencyModel {
  /** Base cost of a round trip by kind, in ms. */
  perCall: Record<CallKind, number>;
  /** Per-method overrides of the base cost, in ms (`MailApp.sendEmail`: 1200…). */
  perMethod: Record<string, number>;
  perCellRead: number;
  perCellWritten: number;
}

export const DEFAULT_LATENCY: LatencyModel = {
  // read: estimate (a read also commits the write cache); write: Google's best-practices example,
  // 10,000 single-cell writes in about 70 s; rpc: a PropertiesService read, about 30 ms;
  // lookup: estimate, navigation without moving data.
  perCall: { read: 10, write: 5, rpc: 30, lookup: 5, local: 0 },
  perMethod: {
    // ziritione.org, "Google Apps Script APIs performance", averages of 100 runs.
    'Properties.getProperty': 30,
    'Properties.getProperties': 30,
    'Properties.getKeys': 30,
    'Properties.setProperty': 62,
    'Properties.setProperties': 62,
    'Properties.deleteProperty': 62,
    'Properties.deleteAllProperties': 62,
    'Cache.get': 3,
    'Cache.getAll': 3,
    'Cache.put': 93,
    'Cache.putAll': 93,
    // Small Outbox FAQ: a 100 KB message takes about 1.2 s to send.
    'MailApp.sendEmail': 1200,
    'GmailApp.sendEmail': 1200,
    // A flush after each of 400 row writes turned 164 ms into 12 s: about 30 ms per flush.
    'SpreadsheetApp.flush': 30,
    // Creating a form or a trigger is a Drive/Forms round trip (estimate).
    'FormApp.create': 1000,
  },
  // One setValues of 4,000 cells took under 50 ms: 5 ms + 4,000 × 0.01 ms = 45 ms.
  perCellRead: 0.005,
  perCellWritten: 0.01,
};

export function latencyOf(model: LatencyModel, method: string, kind: CallKind, read: number, written: number): number {
  const base = model.perMethod[method] ?? model.perCall[kind];
  return base + read * model.perCellRead + written * model.perCellWritten;
}
