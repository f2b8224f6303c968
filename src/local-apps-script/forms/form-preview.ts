// Host side: an HTML preview of a form as a member would see it, drawn from its items (titles, help
// texts, required marks, choices, sections). Google's own page cannot be captured offline; the
// caller labels the picture as a preview. No script runs in it and nothing comes from the network.
import type { LocalForm } from './form';
import type { LocalItem } from './item';

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Line breaks kept, as Google Forms shows help texts and descriptions. */
const lines = (text: string): string => escape(text).replace(/\n/g, '<br>');

const CSS = `
.form-preview{font-family:Roboto,Arial,sans-serif;background:#f0ebf8;padding:12px;width:640px;color:#202124}
.form-preview .label{font-size:12px;color:#5f6368;background:#fff8e1;border:1px dashed #f9a825;padding:6px 10px;margin:0 0 10px;border-radius:6px}
.form-preview .card{background:#fff;border:1px solid #dadce0;border-radius:8px;padding:16px 20px;margin:0 0 10px}
.form-preview .head{border-top:10px solid #673ab7}
.form-preview h1{font-size:24px;font-weight:400;margin:0 0 8px}
.form-preview h2{font-size:18px;font-weight:400;margin:0 0 6px;color:#fff;background:#673ab7;padding:8px 20px;border-radius:8px 8px 0 0;margin:-16px -20px 10px}
.form-preview .title{font-size:15px;margin:0 0 4px}.form-preview .req{color:#d93025}
.form-preview .help{font-size:12px;color:#5f6368;margin:0 0 8px}
.form-preview .box{border-bottom:1px solid #9aa0a6;height:22px;width:60%}
.form-preview .area{border-bottom:1px solid #9aa0a6;height:44px;width:90%}
.form-preview .select{border:1px solid #9aa0a6;border-radius:4px;height:26px;width:40%}
.form-preview .choice{font-size:14px;margin:4px 0}.form-preview .mark{display:inline-block;width:14px;height:14px;border:2px solid #5f6368;margin-right:8px;vertical-align:-3px}
.form-preview .radio{border-radius:50%}.form-preview .gap{text-align:center;font-size:20px;color:#5f6368;padding:4px}`;

function question(item: LocalItem): string {
  const title = `<p class="title">${lines(item.title)}${item.required ? ' <span class="req">*</span>' : ''}</p>`;
  const help = item.helpText ? `<p class="help">${lines(item.helpText)}</p>` : '';
  let field = '';
  if (item.kind === 'TEXT') field = '<div class="box"></div>';
  else if (item.kind === 'PARAGRAPH_TEXT') field = '<div class="area"></div>';
  else if (item.kind === 'LIST') field = '<div class="select"></div>';
  else {
    const mark = item.kind === 'MULTIPLE_CHOICE' ? 'mark radio' : 'mark';
    field = item.choices.map((c) => `<p class="choice"><span class="${mark}"></span>${escape(c)}</p>`).join('');
  }
  return `<div class="card">${title}${help}${field}</div>`;
}

/**
 * The preview's HTML fragment (with its own style), headed by `label`, e.g. "Preview drawn from the
 * form's questions". A `null` among the items marks questions left out of the picture (drawn ⋯).
 */
export function renderFormPreview(form: Pick<LocalForm, 'title' | 'description' | 'items'>, label: string): string {
  const parts = [`<style>${CSS}</style><div class="form-preview"><p class="label">${escape(label)}</p>`,
    `<div class="card head"><h1>${escape(form.title)}</h1>${form.description ? `<p class="help">${lines(form.description)}</p>` : ''}</div>`];
  for (const item of form.items as (LocalItem | null)[]) {
    if (item === null) parts.push('<div class="card gap">⋯</div>');
    else if (item.kind === 'PAGE_BREAK' || item.kind === 'SECTION_HEADER') {
      parts.push(`<div class="card"><h2>${escape(item.title)}</h2>${item.helpText ? `<p class="help">${lines(item.helpText)}</p>` : ''}</div>`);
    } else parts.push(question(item));
  }
  parts.push('</div>');
  return parts.join('');
}
