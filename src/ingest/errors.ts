/** Turns a thrown error from the file system, zlib or a parser into a short reason for an InputProblem. */
export function describeError(err: unknown): string {
  const e = err as NodeJS.ErrnoException & { code?: string };
  switch (e?.code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "cannot read: permission denied";
    case "EISDIR":
      return "is a directory";
    case "ELOOP":
      return "too many levels of symbolic links";
    case "Z_BUF_ERROR":
      return "truncated gzip data (unexpected end of file)";
    case "Z_DATA_ERROR":
      return `corrupt gzip data (${e.message})`;
  }
  const msg = err instanceof Error ? err.message : String(err);
  if (/unexpected end of file/i.test(msg)) return "truncated gzip data (unexpected end of file)";
  return msg;
}

/** Formats a byte count for messages: `20 MB`, `512 KB`, `300 bytes`. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** The reason for an input over the size limit, with the size when it is known. */
export function tooLarge(limit: number, size?: number): string {
  return size === undefined
    ? `too large: more than the ${formatBytes(limit)} limit (maxBytes)`
    : `too large: ${formatBytes(size)} is more than the ${formatBytes(limit)} limit (maxBytes)`;
}
