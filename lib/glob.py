"""Filename globbing: find paths matching a shell-style pattern."""

import os
import re
import fnmatch
import itertools

__all__ = ["glob", "iglob", "escape", "has_magic"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """Return a list of paths matching pathname (may contain shell
    wildcards; '**' matches across directories when recursive is true)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def _fspath(p):
    f = getattr(os, 'fspath', None)
    if f is not None:
        return f(p)
    if isinstance(p, (str, bytes)):
        return p
    return p.__fspath__()


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """Like glob() but return an iterator."""
    if root_dir is not None:
        root_dir = _fspath(root_dir)
    else:
        root_dir = pathname[:0]
    results = _iglob(pathname, root_dir, dir_fd, recursive, False,
                     include_hidden)
    if not pathname or (recursive and _is_recursive(pathname[:2])):
        # a bare '**' first yields the empty path; drop it
        try:
            first = next(results)
        except StopIteration:
            return iter(())
        if first:
            results = itertools.chain((first,), results)
    return results


def _split(path):
    return os.path.split(path)


def _iglob(pathname, root_dir, dir_fd, recursive, dironly, include_hidden):
    dirname, basename = _split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname)):
                yield pathname
        else:
            # a trailing separator only matches directories
            if _isdir(_join(root_dir, dirname)):
                yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _glob_recursive(root_dir, basename, dir_fd, dironly,
                                       include_hidden)
        else:
            yield from _glob_pattern(root_dir, basename, dir_fd, dironly,
                                     include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        parents = _iglob(dirname, root_dir, dir_fd, recursive, True,
                         include_hidden)
    else:
        parents = [dirname]
    if has_magic(basename):
        if recursive and _is_recursive(basename):
            finder = _glob_recursive
        else:
            finder = _glob_pattern
    else:
        finder = _glob_literal
    for parent in parents:
        for name in finder(_join(root_dir, parent), basename, dir_fd,
                           dironly, include_hidden):
            yield os.path.join(parent, name)


def _glob_pattern(dirname, pattern, dir_fd, dironly, include_hidden=False):
    names = _listdir(dirname, dir_fd, dironly)
    if not (include_hidden or _is_hidden(pattern)):
        names = [n for n in names if not _is_hidden(n)]
    return fnmatch.filter(names, pattern)


def _glob_literal(dirname, basename, dir_fd, dironly, include_hidden=False):
    if basename:
        if _lexists(_join(dirname, basename)):
            return [basename]
    else:
        if _isdir(dirname):
            return [basename]
    return []


def glob0(dirname, pattern):
    return _glob_literal(dirname, pattern, None, False)


def glob1(dirname, pattern):
    return _glob_pattern(dirname, pattern, None, False)


def _glob_recursive(dirname, pattern, dir_fd, dironly, include_hidden=False):
    if not dirname or _isdir(dirname):
        yield pattern[:0]
    yield from _walk_names(dirname, dir_fd, dironly, include_hidden)


def _entries(dirname, dir_fd, dironly):
    """Names in dirname (or the current directory), directories only if
    dironly. Unreadable directories give nothing."""
    if not dirname:
        target = '.' if isinstance(dirname, str) else b'.'
    else:
        target = dirname
    scandir = getattr(os, 'scandir', None)
    try:
        if scandir is not None:
            out = []
            with scandir(target) as it:
                for entry in it:
                    try:
                        if not dironly or entry.is_dir():
                            out.append(entry.name)
                    except OSError:
                        pass
            return out
        names = os.listdir(target)
    except (OSError, TypeError, ValueError):
        return []
    if not dironly:
        return list(names)
    return [n for n in names if os.path.isdir(os.path.join(target, n))]


def _listdir(dirname, dir_fd, dironly):
    return _entries(dirname, dir_fd, dironly)


def _walk_names(dirname, dir_fd, dironly, include_hidden=False):
    for name in _listdir(dirname, dir_fd, dironly):
        if include_hidden or not _is_hidden(name):
            yield name
            path = _join(dirname, name) if dirname else name
            for sub in _walk_names(path, dir_fd, dironly, include_hidden):
                yield os.path.join(name, sub)


def _islink(path):
    f = getattr(os.path, 'islink', None)
    if f is None:
        return False
    try:
        return f(path)
    except (OSError, ValueError):
        return False


def _lexists(pathname):
    f = getattr(os.path, 'lexists', None)
    try:
        if f is not None:
            return f(pathname)
        return os.path.exists(pathname) or _islink(pathname)
    except (OSError, ValueError):
        return False


def _isdir(pathname):
    try:
        return os.path.isdir(pathname)
    except (OSError, ValueError):
        return False


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


_magic = re.compile('([*?[])')
_magic_bytes = re.compile(b'([*?[])')


def has_magic(s):
    """True if s contains any of the wildcard characters * ? [."""
    if isinstance(s, bytes):
        return _magic_bytes.search(s) is not None
    return _magic.search(s) is not None


def _is_hidden(path):
    return path[0] in ('.', b'.'[0])


def _is_recursive(pattern):
    if isinstance(pattern, bytes):
        return pattern == b'**'
    return pattern == '**'


def escape(pathname):
    """Escape all wildcard characters so pathname matches literally."""
    splitdrive = getattr(os.path, 'splitdrive', None)
    if splitdrive is not None:
        drive, rest = splitdrive(pathname)
    else:
        drive, rest = pathname[:0], pathname
    if isinstance(rest, bytes):
        rest = _magic_bytes.sub(br'[\1]', rest)
    else:
        rest = _magic.sub(r'[\1]', rest)
    return drive + rest


magic_check = _magic
magic_check_bytes = _magic_bytes
