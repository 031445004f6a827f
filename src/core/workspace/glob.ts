/**
 * A small glob matcher for settings such as `composure.lint.include`: `**` (any number of
 * folders), `*` and `?` inside one segment, `{a,b}` alternatives and `[abc]` classes. Paths are
 * matched segment by segment (no regex over the whole path), so the cost stays linear in
 * segments × pattern parts.
 */
export function globMatcher(pattern: string): (relPath: string) => boolean {
  const parts = expandBraces(pattern.replace(/^\.?\/+/, '')).map((alt) =>
    alt
      .split('/')
      .filter(Boolean)
      .map((seg) => (seg === '**' ? GLOBSTAR : segmentRegex(seg))),
  );
  return (relPath: string) => {
    const segs = relPath.split('/').filter(Boolean);
    return parts.some((p) => matchSegments(p, segs));
  };
}

const GLOBSTAR = Symbol('**');
type Part = RegExp | typeof GLOBSTAR;

function matchSegments(parts: Part[], segs: string[]): boolean {
  // reach[j]: the pattern so far can end having consumed segs[0..j).
  let reach = new Array<boolean>(segs.length + 1).fill(false);
  reach[0] = true;
  for (const part of parts) {
    const next = new Array<boolean>(segs.length + 1).fill(false);
    if (part === GLOBSTAR) {
      let on = false;
      for (let j = 0; j <= segs.length; j++) {
        on = on || reach[j];
        next[j] = on;
      }
    } else {
      for (let j = 0; j < segs.length; j++) if (reach[j] && part.test(segs[j])) next[j + 1] = true;
    }
    reach = next;
  }
  return reach[segs.length];
}

function segmentRegex(seg: string): RegExp {
  let src = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '*') {
      // Collapse runs of '*' so the regex never holds two adjacent unbounded parts.
      while (seg[i + 1] === '*') i++;
      src += '[^/]*';
    } else if (c === '?') src += '[^/]';
    else if (c === '[') {
      const end = seg.indexOf(']', i + 1);
      if (end < 0) src += '\\[';
      else {
        const body = seg
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        src += `[${body}]`;
        i = end;
      }
    } else src += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${src}$`, 'i');
}

/** `a/{b,c}/*.{md,txt}` → every combination. Nested braces are expanded too. */
function expandBraces(p: string): string[] {
  const open = p.indexOf('{');
  if (open < 0) return [p];
  let depth = 0;
  let close = -1;
  const commas: number[] = [];
  for (let i = open; i < p.length; i++) {
    if (p[i] === '{') depth++;
    else if (p[i] === '}' && --depth === 0) {
      close = i;
      break;
    } else if (p[i] === ',' && depth === 1) commas.push(i);
  }
  if (close < 0) return [p];
  const cuts = [open, ...commas, close];
  const head = p.slice(0, open);
  const tail = p.slice(close + 1);
  const out: string[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    for (const rest of expandBraces(`${head}${p.slice(cuts[k] + 1, cuts[k + 1])}${tail}`)) out.push(rest);
  }
  return out;
}
