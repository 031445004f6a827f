/** The result of reading a file's bytes as text. */
export interface Decoded {
  readonly text: string;
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** True when the bytes look binary (NUL bytes outside UTF-16): the text is then empty. */
  readonly binary: boolean;
}

/** Decoders are made once: a workspace index decodes thousands of files. */
let utf8: InstanceType<typeof TextDecoder> | undefined;
let cp1252: InstanceType<typeof TextDecoder> | undefined;

/**
 * Decodes file bytes: UTF-8 (BOM stripped), UTF-16 with a BOM, and legacy Windows-1252 when the
 * bytes are not valid UTF-8. Binary files are recognised rather than decoded into garbage.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', binary: false };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', binary: false };
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { text: '', encoding: 'utf-8', binary: true };
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: (utf8 ??= new TextDecoder('utf-8', { fatal: true })).decode(body), encoding: 'utf-8', binary: false };
  } catch {
    return { text: (cp1252 ??= new TextDecoder('windows-1252')).decode(body), encoding: 'windows-1252', binary: false };
  }
}
