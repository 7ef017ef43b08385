"""Unix shell-style wildcard matching.

Patterns: '*' matches anything, '?' matches one character, '[seq]' matches
any character in seq and '[!seq]' any character not in seq.
"""

import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}
_CACHE_LIMIT = 32768


def _normcase(s):
    f = getattr(os.path, 'normcase', None)
    if f is None:
        return s
    return f(s)


def fnmatch(name, pat):
    """Test whether name matches pat, normalising case as the OS does."""
    name = _normcase(name)
    pat = _normcase(pat)
    return fnmatchcase(name, pat)


def _compiled(pat):
    key = (type(pat), pat)
    matcher = _cache.get(key)
    if matcher is None:
        if isinstance(pat, bytes):
            source = translate(str(pat, 'ISO-8859-1'))
            source = source.encode('ISO-8859-1')
        else:
            source = translate(pat)
        matcher = re.compile(source).match
        if len(_cache) >= _CACHE_LIMIT:
            _cache.clear()
        _cache[key] = matcher
    return matcher


def filter(names, pat):
    """Return the subset of names that match pat."""
    pat = _normcase(pat)
    match = _compiled(pat)
    out = []
    for name in names:
        if match(_normcase(name)):
            out.append(name)
    return out


def fnmatchcase(name, pat):
    """Test whether name matches pat, case-sensitively."""
    return _compiled(pat)(name) is not None


def _class_char(c):
    if c == '\\':
        return '\\\\'
    if c in '-&~|':
        return '\\' + c
    return c


def _bracket(pat, start, end):
    """Regex for the bracket expression pat[start:end] (without the
    surrounding brackets)."""
    negate = False
    p = start
    if p < end and pat[p] == '!':
        negate = True
        p += 1
    pieces = []
    while p < end:
        c = pat[p]
        if p + 2 < end and pat[p + 1] == '-':
            hi = pat[p + 2]
            if c <= hi:
                # ranges that would be empty are left out
                pieces.append(_class_char(c) + '-' + _class_char(hi))
            p += 3
        else:
            pieces.append(_class_char(c))
            p += 1
    body = ''.join(pieces)
    if not body:
        return '.' if negate else '(?!)'
    if negate:
        return '[^' + body + ']'
    if body[0] in '^[':
        body = '\\' + body
    return '[' + body + ']'


def translate(pat):
    """Translate a shell pattern into a regular expression string."""
    parts = []       # literal/regex pieces, None marks a '*'
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] is not None:
                parts.append(None)
        elif c == '?':
            parts.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                parts.append('\\[')
            else:
                parts.append(_bracket(pat, i, j))
                i = j + 1
        else:
            parts.append(re.escape(c))
    # group the pieces into runs separated by stars
    runs = [[]]
    for piece in parts:
        if piece is None:
            runs.append([])
        else:
            runs[-1].append(piece)
    out = [''.join(runs[0])]
    middle = runs[1:]
    for k, run in enumerate(middle):
        text = ''.join(run)
        if k == len(middle) - 1:
            out.append('.*' + text)
        else:
            out.append('(?>.*?' + text + ')')
    return '(?s:' + ''.join(out) + ')\\Z'
