"""What `search` promises, in one place: how text is normalised, split into words and matched.

The loader stores each searchable text twice: as written, and normalised by `normalise`. A query
is normalised the same way, so the database only compares plain strings, with the same `LIKE`
on SQLite and on PostgreSQL, and both give the same rows in the same order.

The promise, as `lawtrack search --help` states it:
- letters are compared without case and in Unicode NFKC form (full-width forms and ligatures
  match their plain forms);
- each word you type must begin a word of the text ("stream" finds "streaming"), and a plural
  "s" you type is dropped ("livestreams" finds "livestream");
- in scripts written without spaces between words (Thai, Lao, Khmer, Myanmar, Chinese,
  Japanese, Korean), a word you type may appear anywhere in the text;
- punctuation, query operators and quotes are never special: "or" and "-" are words like any.
"""

from __future__ import annotations

import re
import unicodedata

# Scripts whose words are not reliably separated by spaces (Korean is, but its particles and
# compounds attach to the word, so it is matched the same way).
_UNSPACED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3100-\u312f\u3130-\u318f"
    "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _word_char(char: str) -> bool:
    # Letters and digits, and the marks that belong to them (Thai vowel and tone marks, Indic
    # matras, combining accents): `\w` in Python's re leaves the marks out.
    return char.isalnum() or unicodedata.category(char)[0] == "M"


_ASCII_WORD = re.compile("[A-Za-z0-9]+")  # the word characters of ASCII text: no marks there


def spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each word of `text`."""
    if text.isascii():  # most texts: one regular expression instead of a loop over characters
        return [match.span() for match in _ASCII_WORD.finditer(text)]
    found, start = [], None
    for index, char in enumerate(text):
        if _word_char(char):
            if start is None:
                start = index
        elif start is not None:
            found.append((start, index))
            start = None
    if start is not None:
        found.append((start, len(text)))
    return found


def words(text: str) -> list[str]:
    folded = fold(text)
    if folded.isascii():
        return _ASCII_WORD.findall(folded)
    return [folded[start:end] for start, end in spans(folded)]


def normalise(text: str) -> str:
    """The stored search form: the words, space-separated, with a space before the first."""
    return " " + " ".join(words(text)) + " "


def unspaced(word: str) -> bool:
    return bool(_UNSPACED.search(word))


def stem(word: str) -> str:
    """A typed word's searchable beginning: a plural "s" dropped (never from an unspaced word)."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word.isascii():
        return word[:-1]
    return word


def like_pattern(word: str) -> str:
    """The LIKE pattern (escape character `\\`) that finds `word` as the text promises."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%" if unspaced(word) else f"% {escaped}%"


def highlight(text: str, wanted: list[str]) -> list[tuple[int, int]]:
    """Where the wanted words match in `text`, as spans of the original text: a whole word
    where a word begins with a wanted one, the stretch itself in an unspaced script."""
    folded, origin = _folded_with_origin(text)
    found = []
    word_spans = spans(folded)
    for word in wanted:
        if unspaced(word):
            at = folded.find(word)
            while at != -1:
                found.append((origin[at][0], origin[at + len(word) - 1][1]))
                at = folded.find(word, at + 1)
        else:
            found += [
                (origin[start][0], origin[end - 1][1])
                for start, end in word_spans
                if folded.startswith(word, start)
            ]
    return _merged(found)


def snippet(
    text: str, wanted: list[str], *, open_mark: str, close_mark: str, width: int = 160
) -> str:
    """The stretch of `text` around the first match, each match marked; never a split character
    (a combining mark stays with its base, a cut falls between words where it can)."""
    spans = highlight(text, wanted)
    if not spans:
        return _window(text, 0, width)
    first = spans[0][0]
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    start, end = _safe_cut(text, start, end)
    out, cursor = [], start
    for span_start, span_end in spans:
        if span_end <= start or span_start >= end:
            continue
        out.append(text[cursor:span_start] + open_mark + text[span_start:span_end] + close_mark)
        cursor = span_end
    out.append(text[cursor:end])
    return ("…" if start > 0 else "") + "".join(out).strip() + ("…" if end < len(text) else "")


def _window(text: str, start: int, width: int) -> str:
    begin, end = _safe_cut(text, start, min(len(text), start + width))
    return text[begin:end].strip() + ("…" if end < len(text) else "")


def _safe_cut(text: str, start: int, end: int) -> tuple[int, int]:
    # Prefer a space near each end; never leave a combining mark without its base.
    if start > 0:
        space = text.rfind(" ", max(0, start - 20), start)
        start = space + 1 if space != -1 else start
        while start > 0 and _combining(text[start]):
            start -= 1
    if end < len(text):
        space = text.find(" ", end, min(len(text), end + 20))
        end = space if space != -1 else end
        while end < len(text) and _combining(text[end]):
            end += 1
    return start, end


def _combining(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Mc", "Me") or char in "\u200d\u200c"


def _folded_with_origin(text: str) -> tuple[str, list[tuple[int, int]]]:
    """`fold(text)` cluster by cluster (a base character and the marks that follow it, which
    NFKC may compose), and for each folded character the span of the cluster it came from: a
    highlight never separates a mark from its base."""
    parts: list[str] = []
    origin: list[tuple[int, int]] = []
    index = 0
    while index < len(text):
        end = index + 1
        while end < len(text) and _combining(text[end]):
            end += 1
        folded = fold(text[index:end])
        parts.append(folded)
        origin.extend([(index, end)] * len(folded))
        index = end
    return "".join(parts), origin


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
