"""HTML helpers: escaping text for markup and decoding character references."""

from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace &, < and > in s (and both quote characters when quote is
    true) with HTML-safe character references."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


# Numeric references to these code points are parse errors in HTML5; the
# specification maps them to the characters below (mostly windows-1252).
_NUMERIC_FIXUPS = {
    0x00: '\ufffd', 0x0d: '\r',
    0x80: '\u20ac', 0x81: '\x81', 0x82: '\u201a', 0x83: '\u0192',
    0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021',
    0x88: '\u02c6', 0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039',
    0x8c: '\u0152', 0x8d: '\x8d', 0x8e: '\u017d', 0x8f: '\x8f',
    0x90: '\x90', 0x91: '\u2018', 0x92: '\u2019', 0x93: '\u201c',
    0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013', 0x97: '\u2014',
    0x98: '\u02dc', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a',
    0x9c: '\u0153', 0x9d: '\x9d', 0x9e: '\u017e', 0x9f: '\u0178',
}


def _dropped_codepoint(n):
    """Code points that a numeric reference may not produce: they vanish."""
    if n < 0x20:
        return n != 0x09 and n != 0x0a and n != 0x0c and n != 0x0d
    if 0x7f <= n <= 0x9f:
        return True
    if 0xfdd0 <= n <= 0xfdef:
        return True
    return (n & 0xfffe) == 0xfffe


_NAME_STOP = frozenset('\t\n\f <&#;')
_DEC = frozenset('0123456789')
_HEX = frozenset('0123456789abcdefABCDEF')


def _numeric(s, i, n):
    """Decode a numeric reference whose '&#' ends just before index i.
    Return (text, next index) or None when there are no digits."""
    base = 10
    digits = _DEC
    if i < n and (s[i] == 'x' or s[i] == 'X'):
        base = 16
        digits = _HEX
        i += 1
    j = i
    while j < n and s[j] in digits:
        j += 1
    if j == i:
        return None
    num = int(s[i:j], base)
    if j < n and s[j] == ';':
        j += 1
    if num in _NUMERIC_FIXUPS:
        return _NUMERIC_FIXUPS[num], j
    if num > 0x10ffff or 0xd800 <= num <= 0xdfff:
        return '\ufffd', j
    if _dropped_codepoint(num):
        return '', j
    return chr(num), j


def _named(s, i, n):
    """Decode a named reference starting at index i (just after '&').
    Return (text, next index) or None when nothing is recognised."""
    j = i
    limit = min(n, i + 32)
    while j < limit and s[j] not in _NAME_STOP:
        j += 1
    if j == i:
        return None
    if j < n and s[j] == ';':
        j += 1
    word = s[i:j]
    text = _html5.get(word)
    if text is not None:
        return text, j
    # Legacy references may appear without their semicolon: use the
    # longest known prefix and keep the rest of the word as it was.
    for k in range(len(word) - 1, 1, -1):
        text = _html5.get(word[:k])
        if text is not None:
            return text + word[k:], j
    return None


def unescape(s):
    """Replace the named and numeric character references in s (such as
    &gt;, &#62; and &#x3e;) with the characters they stand for, following
    the HTML5 rules for valid and invalid references."""
    if '&' not in s:
        return s
    amp = s.find('&')
    n = len(s)
    out = []
    start = 0
    while amp >= 0:
        i = amp + 1
        if i < n and s[i] == '#':
            found = _numeric(s, i + 1, n)
        else:
            found = _named(s, i, n)
        if found is None:
            amp = s.find('&', i)
            continue
        out.append(s[start:amp])
        out.append(found[0])
        start = found[1]
        amp = s.find('&', start)
    out.append(s[start:])
    return ''.join(out)
