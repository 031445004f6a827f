/**
 * Paths inside the core are absolute and use `/` (a POSIX path, a URI's path, or a Windows path
 * written `C:/…`): adapters convert at their edge, so every rule below is written once.
 */

/** Joins path segments with single slashes. */
export function joinPath(...parts: string[]): string {
  const joined = parts.filter((p) => p !== '').join('/');
  return joined.replace(/\/{2,}/g, '/');
}

/** The folder holding a path ('/' for a top-level entry, 'C:/' for a drive's). */
export function parentPath(p: string): string {
  const trimmed = trimSlash(p);
  const at = trimmed.lastIndexOf('/');
  if (at < 0) return trimmed;
  const up = trimmed.slice(0, at);
  return up === '' ? '/' : /^[A-Za-z]:$/.test(up) ? `${up}/` : up;
}

/** The last segment of a path. */
export function baseName(p: string): string {
  const trimmed = trimSlash(p);
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** Drops a trailing slash, except on a root ('/', 'C:/'). */
export function trimSlash(p: string): string {
  let end = p.length;
  while (end > 1 && p[end - 1] === '/' && !/^[A-Za-z]:\/$/.test(p.slice(0, end))) end--;
  return p.slice(0, end);
}

/** True when `p` is `root` or inside it. */
export function isInside(root: string, p: string): boolean {
  const r = trimSlash(root);
  const q = trimSlash(p);
  return q === r || q.startsWith(r.endsWith('/') ? r : `${r}/`);
}

/** `p` relative to `root` with `/`, or undefined when `p` is not inside `root`. */
export function relativeTo(root: string, p: string): string | undefined {
  if (!isInside(root, p)) return undefined;
  const r = trimSlash(root);
  const q = trimSlash(p);
  return q === r ? '' : q.slice(r.endsWith('/') ? r.length : r.length + 1);
}
