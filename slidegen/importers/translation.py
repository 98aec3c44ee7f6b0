"""A translation written in brackets after the sermon's passage: "Salmo 23 (RVR1960)".

Pastors name the version they preach from that way. The code becomes the outline's
`translation:` when slidegen has that Bible (built in or imported with `slidegen bibles add`);
otherwise the default translation stays and the draft says so, never silently.
"""

from __future__ import annotations

import re

from slidegen.importers.draft import Draft

# "(RVR1960)", "[NVI]", "(RVR 1960)", "(ESV)": capitals and digits, as version codes are written.
_BRACKETED = re.compile(r"\s*[(\[]\s*([A-Z][A-Z0-9]{1,9}(?:[ -]?[0-9]{2,4})?)\s*[)\]]\s*$")
DEFAULT_TRANSLATION = "WEB"  # what the outline loader reads without `translation:`


def split_translation(text: str) -> tuple[str, str | None]:
    """'Salmo 23 (RVR1960)' → ('Salmo 23', 'RVR1960'); text without one is returned as it is."""
    match = _BRACKETED.search(text)
    if match is None or not text[: match.start()].strip():
        return text, None
    return text[: match.start()].rstrip(), re.sub(r"[ -]", "", match.group(1))


def choose_translation(draft: Draft, code: str, where: str) -> None:
    """Make `code` the outline's translation when slidegen has it; else keep the default and
    record why in the draft's notices."""
    from slidegen.scripture.text import translation_problem

    at = f"{where}: " if where else ""  # a Markdown subtitle or front matter has no line
    given = draft.meta.get("translation", "").strip()
    if given:
        if given.upper() != code:
            draft.notices.append(
                f"{at}the passage names {code} but the translation is {given}: {given} is kept"
            )
        return
    problem = translation_problem(code)
    if problem is None:
        draft.meta["translation"] = code
        if where:
            draft.meta_where["translation"] = where
        return
    hint = problem[1]
    if not hint.startswith("pip install"):  # unknown, or licensed: a file of it would serve
        hint = "`slidegen bibles add` a file of it"
    draft.notices.append(
        f"{at}{code} is not installed: the verses are {DEFAULT_TRANSLATION}'s; {hint} to use it"
    )
