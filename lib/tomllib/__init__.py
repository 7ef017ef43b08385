"""Parse TOML 1.0.0 documents into Python objects."""

__all__ = ("loads", "load", "TOMLDecodeError")

from ._reader import TOMLDecodeError, load, loads

TOMLDecodeError.__module__ = __name__
