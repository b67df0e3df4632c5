"""Characters that change what a reader sees: one definition for validation and every output.

C0 and C1 controls other than tab and line feed, and the bidirectional embeddings, overrides and
isolates ("Trojan Source"). Validation refuses them in data files; terminal tables, Markdown and
file names in messages show them as visible escapes.
"""

from __future__ import annotations

import re

HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """`text` with every hidden character written as `\\uXXXX`."""
    return HIDDEN.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
