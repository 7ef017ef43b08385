"""Minimal codec entry points (Ferrython).

Only what other pure-Python modules need: pickle protocols 0-2 store bytes
objects as a call to ``_codecs.encode(text, 'latin1')``, so unpickling such
data has to be able to import this module and call ``encode``.  Both
functions defer to the str and bytes methods.
"""

# CPython implements this module in C: its frames stay out of tracebacks and profiles.
__native_module__ = True


def encode(obj, encoding="utf-8", errors="strict"):
    """Encode obj (a str) with the named codec."""
    if isinstance(obj, str):
        return obj.encode(encoding, errors)
    raise TypeError("encode() argument 'obj' must be str for codec %r, not %s"
                    % (encoding, type(obj).__name__))


def decode(obj, encoding="utf-8", errors="strict"):
    """Decode obj (a bytes-like object) with the named codec."""
    if isinstance(obj, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(obj).decode(encoding, errors)
