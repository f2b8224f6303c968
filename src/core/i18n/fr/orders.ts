// French texts: orders (placeholder until filled).
export const orders = {};
