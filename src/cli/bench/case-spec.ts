// The size a bench child process measures, handed over by the parent in an environment variable.
import * as z from 'zod/mini';
import { decodeJson } from '../../core/boundary-json';

export interface CaseSpec {
  households: number;
  products: number;
  bundle: string;
  /** Rows of earlier cycles already in the `Paiements` ledger when the cycle opens. */
  ledgerRows?: number;
}

const caseSpec = z.object({ households: z.number(), products: z.number(), bundle: z.string(), ledgerRows: z.optional(z.number()) });

export function encodeCaseSpec(spec: CaseSpec): string {
  return JSON.stringify(spec);
}

/** The spec the parent wrote; throws, naming what is wrong, for anything else. */
export function decodeCaseSpec(text: string): CaseSpec {
  const decoded = decodeJson(caseSpec, text, 'en');
  if (!decoded.ok) throw new Error(`bench: bad case spec ${text}: ${decoded.error}`);
  return decoded.value;
}
