"""slidegen: turn a sermon outline into a PowerPoint deck for preaching."""

__version__ = "0.1.0"
