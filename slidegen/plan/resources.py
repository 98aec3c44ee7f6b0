"""What the planner is handed, already resolved from disk: fonts to measure with, and what lies
behind the text (the background as the planner records it, and its pixels to judge contrast on).

`slidegen.resources.resolve` makes these from a Theme (reading font files and images); the planner
only reads them, so planning stays pure and a test can hand it any fonts or backdrop.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from PIL import Image

from slidegen import fit
from slidegen.model import Background, Picture


@dataclass(frozen=True)
class Fonts:
    """The theme's four faces, each with the font file that measures it."""

    heading: fit.Measurer  # bold
    body: fit.Measurer
    body_bold: fit.Measurer
    verse: fit.Measurer
    verse_bold: fit.Measurer  # verse numbers

    def measurer(self, family: str, bold: bool = False, italic: bool = False) -> fit.Measurer:
        """The face a block was measured with (by family and weight)."""
        for face in self.faces:
            source = face.source
            if (source.requested, source.bold, source.italic) == (family.strip(), bold, italic):
                return face
        raise KeyError(f"no measured face for {family} (bold={bold}, italic={italic})")

    @property
    def faces(self) -> tuple[fit.Measurer, ...]:
        return self.heading, self.body, self.body_bold, self.verse, self.verse_bold


@dataclass(frozen=True)
class Resources:
    """Everything the planner needs besides the outline, its passages and the theme."""

    fonts: Fonts
    background: Background
    # What is drawn behind the text (background, template master), slide-sized at a small scale:
    # the planner judges contrast on these pixels.
    backdrop: Image.Image
    logo: Picture | None = None
    # The outline's Bible file's own book names, by English canonical name ("John": "Juan"):
    # passages are labelled with these before the language's table (scripture/naming.py).
    book_names: Mapping[str, str] = field(default_factory=dict)
