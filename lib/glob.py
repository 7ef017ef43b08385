"""Pathname expansion with shell-style wildcards (Ferrython)."""

import itertools
import os
import re
import sys

import fnmatch

__all__ = ["glob", "iglob", "escape"]

_WILDCARD = re.compile('([*?[])')
_WILDCARD_BYTES = re.compile(b'([*?[])')


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """Return the list of paths matching pathname (possibly empty).

    With recursive=True a '**' component matches any number of nested
    directories.  Names starting with '.' only match patterns that start
    with '.' unless include_hidden is true.
    """
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """Like glob() but return an iterator."""
    audit = getattr(sys, 'audit', None)
    if audit is not None:
        audit("glob.glob", pathname, recursive)
        audit("glob.glob/2", pathname, recursive, root_dir, dir_fd)
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported on Ferrython")
    base = pathname[:0] if root_dir is None else _path_text(root_dir)
    results = _expand(pathname, base, recursive, False, include_hidden)
    if not pathname or (recursive and _is_double_star(pathname[:2])):
        # the walk reports the starting directory as '' first: drop it
        first = next(results, None)
        if first:
            results = itertools.chain([first], results)
    return results


def _path_text(path):
    if isinstance(path, (str, bytes)):
        return path
    hook = getattr(type(path), '__fspath__', None)
    if hook is None:
        raise TypeError('expected str, bytes or os.PathLike object, '
                        f'not {type(path).__name__}')
    return hook(path)


def _expand(pattern, base, recursive, dirs_only, include_hidden):
    head, tail = os.path.split(pattern)
    if not has_magic(pattern):
        if tail:
            if _exists(_under(base, pattern)):
                yield pattern
        elif os.path.isdir(_under(base, head)):
            # a trailing separator only matches directories
            yield pattern
        return
    if not head:
        if recursive and _is_double_star(tail):
            yield from _walk_all(base, tail, dirs_only, include_hidden)
        else:
            yield from _match_in(base, tail, dirs_only, include_hidden)
        return
    if head != pattern and has_magic(head):
        parents = _expand(head, base, recursive, True, include_hidden)
    else:
        parents = [head]
    if not has_magic(tail):
        step = _exact_in
    elif recursive and _is_double_star(tail):
        step = _walk_all
    else:
        step = _match_in
    for parent in parents:
        for found in step(_under(base, parent), tail, dirs_only,
                          include_hidden):
            yield os.path.join(parent, found)


def _match_in(directory, pattern, dirs_only, include_hidden=False):
    """Names in directory that match a wildcard pattern."""
    entries = _entries(directory, dirs_only)
    if not (include_hidden or _is_hidden(pattern)):
        entries = [name for name in entries if not _is_hidden(name)]
    return fnmatch.filter(entries, pattern)


def _exact_in(directory, name, dirs_only, include_hidden=False):
    """[name] when directory/name exists, else []."""
    if name:
        if _exists(_under(directory, name)):
            return [name]
    elif os.path.isdir(directory):
        return [name]
    return []


def _walk_all(directory, pattern, dirs_only, include_hidden=False):
    """'' (the directory itself) followed by every path below it."""
    # CPython reports '' even when directory does not exist
    yield pattern[:0]
    yield from _descend(directory, dirs_only, include_hidden)


def _descend(directory, dirs_only, include_hidden):
    for name in _entries(directory, dirs_only):
        if not include_hidden and _is_hidden(name):
            continue
        yield name
        inner = _under(directory, name) if directory else name
        for rest in _descend(inner, dirs_only, include_hidden):
            yield _under(name, rest)


def _entries(directory, dirs_only):
    """Names in directory (only subdirectories if dirs_only)."""
    if not directory:
        where = '.' if isinstance(directory, str) else b'.'
    else:
        where = directory
    try:
        names = os.listdir(where)
    except OSError:
        return []
    if dirs_only:
        names = [name for name in names
                 if os.path.isdir(os.path.join(where, name))]
    return names


def _exists(path):
    # like os.path.lexists (a dangling symlink still counts)
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _under(directory, name):
    if not directory or not name:
        return directory or name
    return os.path.join(directory, name)


def has_magic(s):
    """True when s contains a wildcard character."""
    finder = _WILDCARD_BYTES if isinstance(s, bytes) else _WILDCARD
    return finder.search(s) is not None


def _is_hidden(name):
    return name[:1] in ('.', b'.')


def _is_double_star(part):
    return part == (b'**' if isinstance(part, bytes) else '**')


def glob0(dirname, pattern):
    return _exact_in(dirname, pattern, False)


def glob1(dirname, pattern):
    return _match_in(dirname, pattern, False)


def escape(pathname):
    """Escape every wildcard character of pathname."""
    # the drive part (Windows) is never escaped
    splitter = getattr(os.path, 'splitdrive', None)
    if splitter is None:  # POSIX paths have no drive
        drive, rest = pathname[:0], pathname
    else:
        drive, rest = splitter(pathname)
    if isinstance(rest, bytes):
        rest = _WILDCARD_BYTES.sub(b'[\\1]', rest)
    else:
        rest = _WILDCARD.sub('[\\1]', rest)
    return drive + rest


magic_check = _WILDCARD
magic_check_bytes = _WILDCARD_BYTES
