// French texts: problems (placeholder until filled).
export const problems = {};
