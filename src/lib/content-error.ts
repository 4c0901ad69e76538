// The error a content check throws to stop the build. Astro prints a thrown error's "Location:" and
// stack trace; for an editor both should point at the content file, not at our code, so the stack is
// dropped and the location set to the first file the messages name.

/** `lines` are messages that start with `content/<file>` and, where known, `:<line>`. */
export function contentError(summary: string, lines: string[]): Error {
  const error = new Error(`${summary}\n${lines.join('\n')}`) as Error & { loc?: { file: string; line?: number; column?: number } };
  const first = lines.map((l) => /^(content\/[^\s:]+)(?::(\d+))?/.exec(l)).find(Boolean);
  if (first) error.loc = { file: first[1], line: first[2] ? Number(first[2]) : undefined, column: 1 };
  error.stack = '';
  return error;
}
