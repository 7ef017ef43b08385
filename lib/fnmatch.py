"""Unix shell-style filename pattern matching (Ferrython).

'*' matches anything, '?' one character, '[seq]' one character of seq and
'[!seq]' one character not in seq.  fnmatch() normalises case the way the
platform does; fnmatchcase() never does.
"""

import functools
import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def _casefold_path(path):
    # os.path.normcase when available (Ferrython's os.path may lack it)
    fold = getattr(os.path, 'normcase', None)
    if fold is not None:
        return fold(path)
    if isinstance(path, (str, bytes)):
        return path
    hook = getattr(type(path), '__fspath__', None)
    if hook is None:
        raise TypeError('expected str, bytes or os.PathLike object, '
                        f'not {type(path).__name__}')
    return hook(path)


_FOLDS_CASE = _casefold_path('A') != 'A'


def fnmatch(name, pat):
    """Test name against pat after os.path.normcase() of both."""
    return fnmatchcase(_casefold_path(name), _casefold_path(pat))


@functools.lru_cache(maxsize=32768, typed=True)
def _matcher(pat):
    if isinstance(pat, bytes):
        # translate via latin-1 so every byte maps to one character
        regex = translate(pat.decode('ISO-8859-1')).encode('ISO-8859-1')
    else:
        regex = translate(pat)
    return re.compile(regex).match


def filter(names, pat):
    """Return the members of names that match pat."""
    match = _matcher(_casefold_path(pat))
    if not _FOLDS_CASE:
        # case folding is the identity on this platform
        return [name for name in names if match(name)]
    return [name for name in names if match(_casefold_path(name))]


def fnmatchcase(name, pat):
    """Case-sensitive test of name against pat."""
    return _matcher(pat)(name) is not None


class _AnyRun:
    """Marker for a '*' in the token list."""


_ANY = _AnyRun()
_SET_OPS = re.compile(r'([&~|])')


def _bracket(pat, start, stop):
    """Regex text for the bracket expression pat[start:stop] (no brackets)."""
    body = pat[start:stop]
    if '-' not in body:
        body = body.replace('\\', '\\\\')
    else:
        # split on range hyphens; a leading '!' or first char is never one
        pieces = []
        begin = start
        probe = start + 2 if pat[start] == '!' else start + 1
        while True:
            probe = pat.find('-', probe, stop)
            if probe < 0:
                break
            pieces.append(pat[begin:probe])
            begin = probe + 1
            probe += 3
        tail = pat[begin:stop]
        if tail:
            pieces.append(tail)
        else:
            pieces[-1] += '-'
        # collapse reversed ranges such as z-a (they match nothing)
        for pos in range(len(pieces) - 1, 0, -1):
            if pieces[pos - 1][-1] > pieces[pos][0]:
                pieces[pos - 1] = pieces[pos - 1][:-1] + pieces[pos][1:]
                del pieces[pos]
        body = '-'.join(p.replace('\\', '\\\\').replace('-', '\\-')
                        for p in pieces)
    body = _SET_OPS.sub(r'\\\1', body)
    if not body:
        return '(?!)'
    if body == '!':
        return '.'
    if body[0] == '!':
        body = '^' + body[1:]
    elif body[0] in '^[':
        body = '\\' + body
    return '[' + body + ']'


def translate(pat):
    """Return a regular expression string equivalent to shell pattern pat."""
    tokens = []
    pos, size = 0, len(pat)
    while pos < size:
        ch = pat[pos]
        pos += 1
        if ch == '*':
            if not tokens or tokens[-1] is not _ANY:
                tokens.append(_ANY)
        elif ch == '?':
            tokens.append('.')
        elif ch == '[':
            end = pos
            if end < size and pat[end] == '!':
                end += 1
            if end < size and pat[end] == ']':
                end += 1
            while end < size and pat[end] != ']':
                end += 1
            if end >= size:
                tokens.append('\\[')
            else:
                tokens.append(_bracket(pat, pos, end))
                pos = end + 1
        else:
            tokens.append(re.escape(ch))
    return '(?s:%s)\\Z' % _assemble(tokens)


def _assemble(tokens):
    # Literal runs between stars become atomic lazy groups, so matching
    # never backtracks into an earlier star.
    out = []
    runs = [[]]
    for tok in tokens:
        if tok is _ANY:
            runs.append([])
        else:
            runs[-1].append(tok)
    out.append(''.join(runs[0]))
    middle = runs[1:]
    for index, run in enumerate(middle):
        text = ''.join(run)
        if index == len(middle) - 1:
            out.append('.*' + text)
        else:
            out.append('(?>.*?%s)' % text)
    return ''.join(out)
