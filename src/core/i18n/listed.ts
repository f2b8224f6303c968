// Joins words into a list the way both languages write one; the word for "and" is the caller's.

/** `a`, `a and b`, `a, b and c` (`listed(['a', 'b', 'c'], 'et')` -> `a, b et c`). */
export const listed = (parts: string[], and: string) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`);
