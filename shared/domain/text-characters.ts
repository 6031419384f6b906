// Which characters a name and a free text may hold. Pure: the contract's schemas call it, so the desk form and
// the core refuse the same input with the same words (issue #10, item 6).

/**
 * Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the direction marks (U+200E,
 * U+200F, U+061C): invisible, they make a name display as other letters than it holds ("Trojan Source").
 * Uyghur and Tibetan names are written without them.
 */
function isBidiControl(c: number): boolean {
  return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x200e || c === 0x200f || c === 0x061c;
}

/** C0 and C1 control characters and DEL: never typed, they come from binary data or a mis-decoded file. */
function isControl(c: number): boolean {
  return c <= 0x1f || (c >= 0x7f && c <= 0x9f);
}

/**
 * Zero-width space, word joiner and byte-order mark, and the Unicode line and paragraph separators: invisible in a
 * name, so two records would look the same and be found apart. (Zero-width (non-)joiners stay: some scripts need them.)
 */
function isInvisible(c: number): boolean {
  return c === 0x200b || c === 0x2060 || c === 0xfeff || c === 0x2028 || c === 0x2029;
}

type Kind = 'surrogate' | 'control' | 'bidi' | 'invisible';

/** The first character of `s` that `refused` rejects, with its place counted in characters (not UTF-16 units). */
function firstRefused(s: string, refused: (c: number) => Kind | null): { kind: Kind; place: number } | null {
  let place = 0;
  for (let i = 0; i < s.length; i++) {
    place++;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++; // a well-formed pair: one character outside the Basic Multilingual Plane (e.g. a rare CJK name character)
        continue;
      }
      return { kind: 'surrogate', place };
    }
    if (c >= 0xdc00 && c <= 0xdfff) return { kind: 'surrogate', place };
    const kind = refused(c);
    if (kind) return { kind, place };
  }
  return null;
}

const WORDS: Record<Kind, string> = {
  // A lone surrogate is not text: SQLite would store U+FFFD instead, so the record would differ from what was audited.
  surrogate: '是不完整的字符（可能来自损坏的文件或复制粘贴）',
  control: '是不可见的控制字符',
  bidi: '是不可见的文字方向控制符',
  invisible: '是不可见字符',
};

function describe(label: string, found: { kind: Kind; place: number } | null): string | null {
  return found ? `${label}的第${found.place}个字${WORDS[found.kind]}，请删除后重新输入` : null;
}

/** Null when `s` may be a name (of a person, an employer, a staff member, a unit), or the Chinese reason it may not. */
export function nameCharacterProblem(s: string, label: string): string | null {
  return describe(
    label,
    firstRefused(s, (c) => (isControl(c) ? 'control' : isBidiControl(c) ? 'bidi' : isInvisible(c) ? 'invisible' : null)),
  );
}

/** Null when `s` may be free text (several lines allowed: line breaks and tabs stay), or the Chinese reason it may not. */
export function textCharacterProblem(s: string, label: string): string | null {
  return describe(
    label,
    firstRefused(s, (c) => (isControl(c) && c !== 0x0a && c !== 0x09 ? 'control' : null)),
  );
}
