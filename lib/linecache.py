"""Read lines of source files, keeping them in a cache."""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname), or a 1-tuple (get_lines,) for a
# lazily loaded module source.
cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Return line number lineno of filename (with its newline), or '' if absent."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Return the list of lines of filename, reading it into the cache if needed."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _stat(path):
    """(size, mtime) of path; raises OSError when it is missing."""
    st = getattr(os, "stat", None)
    if st is not None:
        s = st(path)
        return s.st_size, s.st_mtime
    if not os.path.isfile(path):
        raise FileNotFoundError(2, "No such file or directory", path)
    return os.path.getsize(path), 0.0


def checkcache(filename=None):
    """Drop cache entries whose file changed on disk (all, or just filename)."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            # Registered in memory rather than read from a file.
            continue
        try:
            new = _stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if (size, mtime) != new:
            cache.pop(name, None)


def _read_lines(fullname):
    with open(fullname, encoding="utf-8") as fp:
        lines = fp.readlines()
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def updatecache(filename, module_globals=None):
    """Re-read filename into the cache and return its lines ([] on failure)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    try:
        stat = _stat(fullname)
    except (OSError, ValueError):
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                lines = [line + '\n' for line in data.splitlines()]
                cache[filename] = (len(data), None, lines, fullname)
                return lines
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, filename)
            except (TypeError, AttributeError):
                continue
            try:
                stat = _stat(fullname)
                break
            except (OSError, ValueError):
                pass
        else:
            return []
    try:
        lines = _read_lines(fullname)
    except (OSError, UnicodeDecodeError, SyntaxError, ValueError):
        return []
    cache[filename] = (stat[0], stat[1], lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Remember how to fetch the source of a module whose file is not on disk."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        spec = module_globals.get('__spec__')
        name = getattr(spec, 'name', None) or module_globals['__name__']
        loader = getattr(spec, 'loader', None)
        if loader is None:
            loader = module_globals.get('__loader__')
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            def get_lines(name=name, *args, **kwargs):
                return get_source(name, *args, **kwargs)
            cache[filename] = (get_lines,)
            return True
    return False
