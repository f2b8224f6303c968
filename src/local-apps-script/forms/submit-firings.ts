// The extra form-submit firings Google delivers now and then, drawn from a seeded random source so
// that a run replays exactly. On by default: a script must survive them in tests, the demo and the
// bench as it must in Google.
//
// What is known (reported, not documented by Google):
// - Duplicate firings: the same submission's trigger runs twice. Google's own Apps Script developer
//   advocate published a form-submit handler built to "handle missing or duplicate trigger firings"
//   (https://gist.github.com/erickoledadevrel/91d3795949e158ab9830); time triggers are reported to
//   run twice as well (https://gist.github.com/xl1/6d5f120c42be56b215f1).
// - Blank firings: "a completely blank separate submission [...] a few seconds after each successful
//   submission", "not logged in the forms spreadsheet", "a different timestamp than the original"
//   (https://github.com/markfguerra/google-forms-to-slack/issues/7 and issues/6, November 2019).
// What is assumed (nobody here could measure it against Google):
// - The rates. Reports describe both as occasional, except during incidents where every submission
//   got its blank twin; the defaults (a few percent) make a 20-household cycle meet some of each.
// - The shape of a blank firing in a form-bound trigger: a response that is not stored in the form,
//   with its own id and timestamp, no respondent e-mail and no answers, so that getItemResponses()
//   gives '' for each text item, as for any response without answers (see form-response.ts).
// - When they come: right after the real firing (the reports say within seconds), the duplicate
//   with the very same event, the blank one after it.
import { seededRandom } from '../seeded-random';

export interface SubmitFiringOptions {
  /** Seed of the random source: the same seed replays the same extra firings. */
  seed?: number;
  /** Chance that a submission or an edit fires the trigger a second time with the same event. */
  duplicateRate?: number;
  /** Chance that a submission or an edit is followed by a blank firing. */
  blankRate?: number;
}

export const DEFAULT_SUBMIT_FIRINGS: Required<SubmitFiringOptions> = { seed: 13, duplicateRate: 0.05, blankRate: 0.03 };

/** What Google adds to one submission's firing. */
export interface ExtraFirings {
  duplicate: boolean;
  blank: boolean;
}

export class SubmitFirings {
  private readonly next: () => number;
  private readonly options: Required<SubmitFiringOptions>;
  /** How many extra firings were delivered, so that a test can tell they happened. */
  readonly delivered = { duplicates: 0, blanks: 0 };

  /** `false` turns the extra firings off, for a test that counts executions exactly. */
  constructor(options: SubmitFiringOptions | false = {}) {
    this.options = options === false
      ? { seed: 0, duplicateRate: 0, blankRate: 0 }
      : { ...DEFAULT_SUBMIT_FIRINGS, ...options };
    for (const rate of [this.options.duplicateRate, this.options.blankRate]) {
      if (!(rate >= 0 && rate <= 1)) throw new Error(`submit firing rates are between 0 and 1, not ${rate}`);
    }
    this.next = seededRandom(this.options.seed);
  }

  /** Draws what follows one submission (or edit). Two draws each time, whatever the rates, so that changing one rate does not reshuffle the other. */
  draw(): ExtraFirings {
    const duplicate = this.next() < this.options.duplicateRate;
    const blank = this.next() < this.options.blankRate;
    if (duplicate) this.delivered.duplicates += 1;
    if (blank) this.delivered.blanks += 1;
    return { duplicate, blank };
  }

}
