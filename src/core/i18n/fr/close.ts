// French texts: close (placeholder until filled).
export const close = {};
