"""The data that moves between stages: frozen dataclasses, no I/O.

Outline → (scripture) → Plan → (outputs). Each stage reads these and makes new ones; nothing here
knows about YAML, fonts or python-pptx. `sermon` holds what the outline says, `styles` the
resolved theme, `plan` everything a renderer draws.
"""

from slidegen.model.plan import (
    Background,
    Bar,
    Blank,
    Face,
    Fragment,
    GradientStop,
    Handout,
    HandoutLine,
    Photo,
    Picture,
    Plan,
    PlanMeta,
    Run,
    Scrim,
    SlidePlan,
    TextBlock,
)
from slidegen.model.sermon import (
    EN_DASH,
    SINGLE_CHAPTER_BOOKS,
    Citation,
    Outline,
    Passage,
    Point,
    Scripture,
    Section,
    Verse,
)
from slidegen.model.styles import (
    LOGO_CORNERS,
    LOGO_INSET_PT,
    SLIDE_KINDS,
    SlideKind,
    SlideStyle,
    Theme,
)

__all__ = [
    "Background",
    "Bar",
    "Blank",
    "Citation",
    "EN_DASH",
    "Face",
    "Fragment",
    "GradientStop",
    "Handout",
    "HandoutLine",
    "LOGO_CORNERS",
    "LOGO_INSET_PT",
    "Outline",
    "Passage",
    "Photo",
    "Picture",
    "Plan",
    "PlanMeta",
    "Point",
    "Run",
    "SINGLE_CHAPTER_BOOKS",
    "SLIDE_KINDS",
    "Scrim",
    "Scripture",
    "Section",
    "SlideKind",
    "SlidePlan",
    "SlideStyle",
    "TextBlock",
    "Theme",
    "Verse",
]
