"""Creation of temporary files and directories.

Pure-Python implementation for Ferrython.

Differences from CPython:

* ``TemporaryFile()`` creates a named file and unlinks it right away; the
  returned file object's ``name`` is therefore the (removed) path rather
  than an integer descriptor (``open()`` does not take descriptors).
"""

import io as _io
import os as _os
import sys as _sys
import errno as _errno
import random as _random
import shutil as _shutil
import warnings as _warnings
import weakref as _weakref
from types import GenericAlias as _GenericAlias

__all__ = [
    "NamedTemporaryFile", "TemporaryFile",  # high level safe interfaces
    "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp",                   # low level safe interfaces
    "mktemp",                               # deprecated unsafe interface
    "TMP_MAX", "gettempprefix",             # constants
    "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]

TMP_MAX = 62 ** 3
template = "tmp"
tempdir = None

_NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_NAME_LEN = 8


class _NameSource:
    # Endless supply of random 8-character names; reseeds itself after a
    # fork so that parent and child do not produce the same sequence.

    def __init__(self):
        self._owner = None
        self._gen = None

    def _generator(self):
        here = _os.getpid()
        if self._gen is None or self._owner != here:
            self._gen = _random.Random()
            self._owner = here
        return self._gen

    def __iter__(self):
        return self

    def __next__(self):
        pick = self._generator().choice
        return "".join(pick(_NAME_CHARS) for _ in range(_NAME_LEN))


_names = None


def _name_source():
    global _names
    if _names is None:
        _names = _NameSource()
    return _names


def _mode_of(*parts):
    # Decide whether the caller works with str or bytes paths.
    kind = None
    for part in parts:
        if part is None:
            continue
        if isinstance(part, _os.PathLike):
            part = _os.fspath(part)
        here = bytes if isinstance(part, bytes) else str
        if kind is None:
            kind = here
        elif kind is not here:
            raise TypeError("Can't mix bytes and non-bytes in "
                            "path components.")
    return str if kind is None else kind


def _normalise(prefix, suffix, dir):
    kind = _mode_of(prefix, suffix, dir)
    if kind is bytes:
        if suffix is None:
            suffix = b""
        if prefix is None:
            prefix = template.encode()
        if dir is None:
            dir = gettempdirb()
    else:
        if suffix is None:
            suffix = ""
        if prefix is None:
            prefix = template
        if dir is None:
            dir = gettempdir()
    # Ferrython's os.path functions only accept str, so the work is done on
    # str values and converted back with _shaped() at the end.
    if kind is bytes:
        prefix, suffix, dir = (_os.fsdecode(x) for x in (prefix, suffix, dir))
    elif isinstance(dir, _os.PathLike):
        dir = _os.fspath(dir)
    return prefix, suffix, dir, kind


def _shaped(path, kind):
    return _os.fsencode(path) if kind is bytes else path


def _candidate_dirs():
    found = []
    for var in ("TMPDIR", "TEMP", "TMP"):
        value = _os.environ.get(var)
        if value:
            found.append(value)
    if _os.name == "nt":
        found.extend([_os.path.expanduser(r"~\AppData\Local\Temp"),
                      _os.path.expandvars(r"%SYSTEMROOT%\Temp"),
                      r"c:\temp", r"c:\tmp", r"\temp", r"\tmp"])
    else:
        found.extend(["/tmp", "/var/tmp", "/usr/tmp"])
    try:
        found.append(_os.getcwd())
    except (AttributeError, OSError):
        found.append(_os.curdir)
    return found


def _writable(folder, names):
    # Probe a directory by creating (and removing) a scratch file in it.
    for _ in range(100):
        probe = _os.path.join(folder, next(names))
        try:
            with open(probe, "xb") as handle:
                handle.write(b"blat")
        except FileExistsError:
            continue
        except PermissionError:
            if _os.name == "nt" and _os.path.isdir(folder):
                continue
            return False
        except OSError:
            return False
        try:
            _os.unlink(probe)
        except OSError:
            pass
        return True
    return False


def _find_tempdir():
    names = _name_source()
    for folder in _candidate_dirs():
        if folder != _os.curdir:
            folder = _os.path.abspath(folder)
        if _writable(folder, names):
            return folder
    raise FileNotFoundError(_errno.ENOENT,
                            "No usable temporary directory found in %s" %
                            _candidate_dirs())


def _cached_tempdir():
    global tempdir
    if tempdir is None:
        tempdir = _find_tempdir()
    return tempdir


def gettempprefix():
    """The default prefix for temporary names (as str)."""
    return template if isinstance(template, str) else _os.fsdecode(template)


def gettempprefixb():
    """The default prefix for temporary names (as bytes)."""
    return template if isinstance(template, bytes) else _os.fsencode(template)


def gettempdir():
    """The directory in which temporary files are created (as str)."""
    return _os.fsdecode(_cached_tempdir())


def gettempdirb():
    """The directory in which temporary files are created (as bytes)."""
    return _os.fsencode(_cached_tempdir())


def _retry_names(prefix, suffix, dir, kind):
    # Yield fresh candidate paths, at most TMP_MAX of them.
    source = _name_source()
    for _ in range(TMP_MAX):
        stem = next(source)
        yield _os.path.join(dir, prefix + stem + suffix)


def _exists_error(kind_text):
    return FileExistsError(_errno.EEXIST,
                           "No usable temporary %s name found" % kind_text)


def _is_windows_dir_clash(exc, dir):
    return (_os.name == "nt" and isinstance(exc, PermissionError)
            and _os.path.isdir(dir))


def _create_file(prefix, suffix, dir, kind, binary=True):
    # Returns the absolute path of a freshly and exclusively created file.
    for path in _retry_names(prefix, suffix, dir, kind):
        try:
            with open(path, "xb"):
                pass
        except FileExistsError:
            continue
        except PermissionError as exc:
            if _is_windows_dir_clash(exc, dir):
                continue
            raise
        return path
    raise _exists_error("file")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a unique temporary file, readable and writable by its owner only; return an
    open OS file descriptor for it and its absolute path."""
    prefix, suffix, dir, kind = _normalise(prefix, suffix, dir)
    flags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
    for path in _retry_names(prefix, suffix, dir, kind):
        try:
            fd = _os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        except PermissionError as exc:
            if _is_windows_dir_clash(exc, dir):
                continue
            raise
        return fd, _shaped(_os.path.abspath(path), kind)
    raise _exists_error("file")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a unique temporary directory and return its absolute path."""
    prefix, suffix, dir, kind = _normalise(prefix, suffix, dir)
    for path in _retry_names(prefix, suffix, dir, kind):
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        except PermissionError as exc:
            if _is_windows_dir_clash(exc, dir):
                continue
            raise
        return _shaped(_os.path.abspath(path), kind)
    raise _exists_error("directory")


def mktemp(suffix="", prefix=template, dir=None):
    """Return an unused path name (unsafe: the name may be taken later)."""
    if dir is None:
        dir = gettempdir()
    for path in _retry_names(prefix, suffix, dir, str):
        if not _os.path.lexists(path):
            return path
    raise _exists_error("filename")


def _drop(path):
    if isinstance(path, bytes):
        path = _os.fsdecode(path)
    try:
        _os.unlink(path)
    except FileNotFoundError:
        pass


class _FileCloser:
    # Owns the real file and removes the path when appropriate.

    def __init__(self, file, path, remove_on_close):
        self.file = file
        self.path = path
        self.remove_on_close = remove_on_close
        self.removed = False
        self.finished = False

    def remove(self):
        if not self.removed:
            self.removed = True
            _drop(self.path)

    def close(self):
        if self.finished:
            return
        self.finished = True
        try:
            self.file.close()
        finally:
            if self.remove_on_close:
                self.remove()


class _TemporaryFileWrapper:
    """File wrapper with a .name that may remove the file on close/exit."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self._delete = delete
        self._closer = _FileCloser(file, name, delete and delete_on_close)

    def __getattr__(self, attr):
        target = self.__dict__["file"]
        value = getattr(target, attr)
        if callable(value) and not isinstance(value, int):
            def forward(*args, **kwargs):
                return value(*args, **kwargs)
            try:
                forward.__name__ = getattr(value, "__name__", attr)
                forward.__doc__ = getattr(value, "__doc__", None)
            except (AttributeError, TypeError):
                pass
            # Cache so repeated lookups are cheap.
            self.__dict__[attr] = forward
            return forward
        return value

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        outcome = self.file.__exit__(exc, value, tb)
        self._closer.close()
        if self._delete:
            self._closer.remove()
        return outcome

    def close(self):
        """Close the file (removing it when delete_on_close applies)."""
        self._closer.close()

    @property
    def closed(self):
        return self.file.closed

    def __iter__(self):
        for line in self.file:
            yield line

    def __del__(self):
        closer = self.__dict__.get("_closer")
        if closer is None:
            return
        try:
            closer.close()
            if self._delete:
                closer.remove()
        except Exception:
            pass


def _open_args(mode, buffering, encoding, newline, errors):
    if "b" not in mode:
        encoding = _io.text_encoding(encoding, 3)
    return dict(mode=mode, buffering=buffering, newline=newline,
                encoding=encoding, errors=errors)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None, delete=True, *, errors=None, delete_on_close=True):
    """Create a named temporary file wrapped in a file-like object.

    The wrapper exposes the path as .name; with delete=True the file is
    removed on close (if delete_on_close) or when the with-block ends.
    """
    prefix, suffix, dir, kind = _normalise(prefix, suffix, dir)
    path = _os.path.abspath(_create_file(prefix, suffix, dir, kind))
    try:
        real = open(path, **_open_args(mode, buffering, encoding, newline,
                                       errors))
    except BaseException:
        _drop(path)
        raise
    return _TemporaryFileWrapper(real, _shaped(path, kind), delete,
                                 delete_on_close)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None, *, errors=None):
    """Create an anonymous temporary file (already removed from its dir)."""
    prefix, suffix, dir, kind = _normalise(prefix, suffix, dir)
    path = _create_file(prefix, suffix, dir, kind)
    try:
        real = open(path, **_open_args(mode, buffering, encoding, newline,
                                       errors))
    finally:
        _drop(path)
    # Ferrython workaround: a file object whose path was unlinked can
    # re-create the path when it is flushed or closed, so keep removing the
    # path when the file is closed.
    return _TemporaryFileWrapper(real, _shaped(path, kind))


def _resolve_encoding(name):
    if name != "locale":
        return name
    try:
        import locale as _locale
        return _locale.getpreferredencoding(False)
    except Exception:
        return "UTF-8"


class SpooledTemporaryFile(_io.IOBase):
    """Temporary file kept in memory until it grows beyond max_size bytes
    (or fileno() is requested), then moved to a real temporary file."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None, *, errors=None):
        self._text = "b" not in mode
        if self._text:
            encoding = _resolve_encoding(_io.text_encoding(encoding, 2))
            if errors is None:
                errors = "strict"
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding,
                                           errors=errors, newline=newline)
        else:
            self._file = _io.BytesIO()
        self._max_size = int(max_size)
        self._rolled = False
        self._spec = dict(mode=mode, buffering=buffering, suffix=suffix,
                          prefix=prefix, encoding=encoding, newline=newline,
                          dir=dir, errors=errors)
        self._mode_text = mode
        self._enc = encoding
        self._err = errors

    __class_getitem__ = classmethod(_GenericAlias)

    def _over_limit(self, target):
        if self._rolled or not self._max_size:
            return
        if target.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        """Move the data to a real temporary file (no-op if done already)."""
        if self._rolled:
            return
        memory = self._file
        spec = self._spec
        disk = TemporaryFile(**spec)
        where = memory.tell()
        if self._text:
            memory.flush()
            data = memory.buffer.getvalue()
            ending = spec["newline"]

            def as_text(chunk):
                text = chunk.decode(spec["encoding"], spec["errors"])
                if ending in ("\r", "\r\n"):
                    # Undo the translation already applied in memory.
                    text = text.replace(ending, "\n")
                return text
            disk.write(as_text(data[:where]))
            mark = disk.tell()
            disk.write(as_text(data[where:]))
            disk.seek(mark, 0)
        else:
            data = memory.getvalue()
            disk.write(data)
            disk.seek(where, 0)
        memory.close()
        self._file = disk
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def __del__(self):
        if not self.closed:
            _warnings.warn(
                "Unclosed file {!r}".format(self),
                ResourceWarning,
                stacklevel=2,
                source=self
            )
            self.close()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        if not self._rolled:
            return self._enc if self._text else None
        return getattr(self._file, "encoding")

    @property
    def errors(self):
        if self._rolled:
            return self._file.errors
        return self._err if self._text else None

    @property
    def mode(self):
        if self._rolled:
            return self._file.mode
        return self._mode_text

    @property
    def name(self):
        if self._rolled:
            return self._file.name
        return None

    @property
    def newlines(self):
        if not self._text:
            return None
        return getattr(self._file, "newlines", None)

    def fileno(self):
        self.rollover()
        return getattr(self._file, "fileno")()

    def truncate(self, size=None):
        cut = self._file.truncate
        if size is None:
            return cut()
        if self._max_size and size > self._max_size:
            self.rollover()
            cut = self._file.truncate
        return cut(size)

    def write(self, s):
        target = self._file
        count = target.write(s)
        self._over_limit(target)
        return count

    def writelines(self, iterable):
        target = self._file
        target.writelines(iterable)
        self._over_limit(target)


class TemporaryDirectory:
    """Temporary directory removed by cleanup() or at the end of a
    with-block (unless delete=False); usable as a context manager whose
    value is the directory's path."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *, delete=True):
        self.name = mkdtemp(suffix=suffix, prefix=prefix, dir=dir)
        self._ignore_cleanup_errors = bool(ignore_cleanup_errors)
        self._delete = delete
        notice = "Implicitly cleaning up %r" % (self,)
        self._finalizer = _weakref.finalize(self, type(self)._implicit_cleanup, self.name, notice, self._ignore_cleanup_errors, delete)

    @classmethod
    def _wipe(cls, name, ignore_errors=False):
        def handler(func, path, exc):
            if isinstance(exc, FileNotFoundError):
                return
            if ignore_errors:
                return
            raise exc
        if isinstance(name, bytes):
            name = _os.fsdecode(name)
        _shutil.rmtree(name, onexc=handler)

    @classmethod
    def _implicit_cleanup(cls, name, notice, ignore_errors=False, delete=True):
        if not delete:
            return
        cls._wipe(name, ignore_errors=ignore_errors)
        _warnings.warn(notice, ResourceWarning)

    def __repr__(self):
        return "<%s %r>" % (type(self).__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        pending = self._finalizer.detach() is not None
        if pending or _os.path.exists(self.name):
            self._wipe(self.name, ignore_errors=self._ignore_cleanup_errors)

    __class_getitem__ = classmethod(_GenericAlias)


def _forwarder(attr):
    def method(self, *args):
        return getattr(self._file, attr)(*args)
    method.__name__ = attr
    method.__qualname__ = "SpooledTemporaryFile." + attr
    return method


for _attr in ("flush", "isatty", "readable", "writable", "seekable",
              "detach", "read", "read1", "readinto", "readinto1",
              "readline", "readlines", "seek", "tell"):
    setattr(SpooledTemporaryFile, _attr, _forwarder(_attr))
del _attr
