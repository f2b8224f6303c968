// What Google Forms checks before it records a submission: the form is open, every answer names
// a question, required questions are answered, choices are among the choices, and text answers
// pass the question's validation. A refusal is what the member would see on screen.
import { QUESTION_KINDS, type LocalItem } from './item';
import type { LocalForm } from './form';
import { checkText } from './text-validation';

export type Answers = Record<string, string | string[]>;

/** A submission Google Forms would not accept; the message says why. */
export class FormRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormRefused';
  }
}

// Google Forms' own wording when a form is closed without a custom message.
const DEFAULT_CLOSED = (title: string) => `The form ${title} is no longer accepting responses.\nTry contacting the owner of the form if you think this is a mistake.`;

/**
 * The form takes a submission: published, and accepting responses. `page: false`, for answers that
 * never saw the Form's page (a file's): its closed page does not apply, and the answer reaches the
 * script, whose own rules judge it; an unpublished form is still refused (nothing was ever asked).
 */
export function assertOpen(form: LocalForm, page = true): void {
  if (!form.published) throw new FormRefusedError(`The form ${form.title} is not published.`);
  if (page && !form.accepting) throw new FormRefusedError(form.closedMessage || DEFAULT_CLOSED(form.title));
}

function findItem(form: LocalForm, key: string): LocalItem {
  const byId = /^\d+$/.test(key) ? form.items.find((i) => i.id === Number(key)) : undefined;
  const item = byId ?? form.items.find((i) => i.title === key);
  if (!item) throw new FormRefusedError(`No question with id or title "${key}" in form ${form.id}.`);
  if (!QUESTION_KINDS.has(item.kind)) throw new FormRefusedError(`"${item.title}" is not a question (${item.kind}).`);
  return item;
}

function checkOne(item: LocalItem, value: string | string[]): string | null {
  const values = Array.isArray(value) ? value : [value];
  if (item.kind === 'CHECKBOX') {
    const bad = values.find((v) => !item.choices.includes(v));
    return bad === undefined ? null : `"${bad}" is not a choice`;
  }
  if (Array.isArray(value)) return 'takes one answer';
  if (item.kind === 'LIST' || item.kind === 'MULTIPLE_CHOICE') return item.choices.includes(value) ? null : `"${value}" is not a choice`;
  return item.validation ? checkText(item.validation, value) : null;
}

/**
 * The answers as they would be stored, by item id; an empty answer is no answer.
 * `previous` are the stored answers of a response being edited (kept unless replaced).
 * `checks: false` is the host recording answers that did not come through the Form's page (the
 * offline mode's answer files): each answer must still name a question, but the page's own input
 * checks (validation, choices, required questions) are not the file's to pass.
 */
/**
 * Google Forms' own message under a required question left blank, in the language its page speaks
 * to the respondent (their browser's and account's, never the script's to set).
 */
export const REQUIRED_MESSAGE: Record<'fr' | 'en', string> = {
  fr: 'Cette question est obligatoire.',
  en: 'This is a required question',
};

export function acceptAnswers(form: LocalForm, answers: Answers, previous?: Map<number, string | string[]>, checks = true, language: 'fr' | 'en' = 'en'): Map<number, string | string[]> {
  const accepted = new Map(previous ?? []);
  for (const [key, value] of Object.entries(answers)) {
    const item = findItem(form, key);
    const empty = Array.isArray(value) ? value.length === 0 : String(value).trim() === '';
    if (empty) {
      accepted.delete(item.id);
      continue;
    }
    const normalized = Array.isArray(value) ? value.map(String) : String(value);
    const problem = checks ? checkOne(item, normalized) : null;
    if (problem) throw new FormRefusedError(`${item.title}: ${problem}`);
    accepted.set(item.id, normalized);
  }
  for (const item of checks ? form.items : []) {
    if (item.required && QUESTION_KINDS.has(item.kind) && !accepted.has(item.id)) {
      throw new FormRefusedError(`${item.title}: ${REQUIRED_MESSAGE[language]}`);
    }
  }
  // Answers to questions deleted since are not the form's any more.
  for (const id of [...accepted.keys()]) if (!form.items.some((i) => i.id === id)) accepted.delete(id);
  return accepted;
}
