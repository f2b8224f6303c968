// French texts: workbook (placeholder until filled).
export const workbook = {};
