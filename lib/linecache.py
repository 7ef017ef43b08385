"""Read lines of text files through a per-process cache.

The cache maps a file name to either a 4-tuple
``(size, mtime, lines, fullname)`` or, for sources that can be produced on
demand by a module loader, a 1-tuple holding a zero-argument callable.
"""

import functools
import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Return line number *lineno* (1-based) of *filename*, or '' if absent."""
    content = getlines(filename, module_globals)
    if 0 < lineno <= len(content):
        return content[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Return the list of lines of *filename*, consulting the cache first."""
    known = cache.get(filename)
    if known is not None and len(known) != 1:
        return known[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _is_pseudo_name(filename):
    # "" and names such as "<string>" or "<stdin>" never denote real files.
    return not filename or (filename[:1] == '<' and filename[-1:] == '>')


def checkcache(filename=None):
    """Drop cache entries whose file changed on disk (all, or just one)."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        item = cache.get(name)
        # Lazy entries and entries added without a timestamp stay put.
        if item is None or len(item) == 1 or item[1] is None:
            continue
        old_size, old_mtime, _unused, path = item
        try:
            current = _file_info(path)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if (old_size, old_mtime) != current:
            cache.pop(name, None)


def _file_info(path):
    """Return (size, mtime) of *path*; raise OSError when it does not exist."""
    stat = getattr(os, 'stat', None)
    if stat is not None:
        info = stat(path)
        return info.st_size, info.st_mtime
    # Fallback for platforms whose os module lacks stat(): size only.
    if not os.path.exists(path):
        raise FileNotFoundError(2, 'No such file or directory', path)
    return os.path.getsize(path), 0.0


def _locate(filename, module_globals):
    """Find *filename* on disk; return (path, stat) or a lazily loaded list."""
    try:
        return filename, _file_info(filename)
    except (OSError, ValueError):
        pass
    if lazycache(filename, module_globals):
        try:
            text = cache[filename][0]()
        except (ImportError, OSError):
            pass
        else:
            if text is None:
                return []
            found = [piece + '\n' for piece in text.splitlines()]
            cache[filename] = (len(text), None, found, filename)
            return found
    if os.path.isabs(filename):
        return None
    for folder in sys.path:
        try:
            candidate = os.path.join(folder, filename)
        except (TypeError, AttributeError):
            continue
        try:
            return candidate, _file_info(candidate)
        except (OSError, ValueError):
            continue
    return None


def _source_encoding(raw):
    """Pick a decoder for *raw* bytes per PEP 263 (BOM or coding cookie)."""
    if raw.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    import re
    cookie = re.compile(rb'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)')
    for head in raw.split(b'\n', 2)[:2]:
        hit = cookie.match(head)
        if hit:
            return hit.group(1).decode('ascii')
        stripped = head.strip()
        if stripped and not stripped.startswith(b'#'):
            break
    return 'utf-8'


def _read_lines(path):
    with open(path, 'rb') as stream:
        raw = stream.read()
    text = raw.decode(_source_encoding(raw))
    # Universal newlines, like text-mode reading.
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    return text.splitlines(True)


def updatecache(filename, module_globals=None):
    """(Re)read *filename* into the cache and return its lines ([] on failure)."""
    old = cache.get(filename)
    if old is not None and len(old) != 1:
        del cache[filename]
    if _is_pseudo_name(filename):
        return []
    where = _locate(filename, module_globals)
    if where is None:
        return []
    if isinstance(where, list):
        return where
    path, info = where
    try:
        found = _read_lines(path)
    except (OSError, UnicodeDecodeError, LookupError, SyntaxError):
        return []
    if found and not found[-1].endswith('\n'):
        found[-1] = found[-1] + '\n'
    cache[filename] = (info[0], info[1], found, path)
    return found


def lazycache(filename, module_globals):
    """Remember how to fetch *filename*'s source from its module loader.

    Returns True when an entry (new or already pending) is lazy, else False.
    """
    if filename in cache:
        return len(cache[filename]) == 1
    if _is_pseudo_name(filename) or not module_globals:
        return False
    if '__name__' not in module_globals:
        return False
    spec = module_globals.get('__spec__')
    modname = getattr(spec, 'name', None) or module_globals['__name__']
    loader = getattr(spec, 'loader', None)
    if loader is None:
        loader = module_globals.get('__loader__')
    fetch = getattr(loader, 'get_source', None)
    if not (modname and fetch):
        return False
    cache[filename] = (functools.partial(fetch, modname),)
    return True
