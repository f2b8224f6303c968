// French texts: ui (placeholder until filled).
export const ui = {};
