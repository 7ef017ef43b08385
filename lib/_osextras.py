"""os.stat and its result record (the system call itself is native: os._stat_fields)."""

import os as _os

_NAMES = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
          "st_atime", "st_mtime", "st_ctime")


class stat_result(tuple):
    """A 10-tuple of the classic fields; the float times and nanoseconds are attributes."""

    n_sequence_fields = 10
    n_fields = 16
    n_unnamed_fields = 3

    def __new__(cls, fields, extra=None):
        fields = tuple(fields)
        self = tuple.__new__(cls, fields[:10])
        times = extra if extra is not None else fields[10:13]
        if len(times) < 3:
            times = tuple(float(x) for x in fields[7:10])
        self._times = tuple(times)
        return self

    def __getattr__(self, name):
        if name in ("st_atime", "st_mtime", "st_ctime"):
            return self._times[("st_atime", "st_mtime", "st_ctime").index(name)]
        if name in ("st_atime_ns", "st_mtime_ns", "st_ctime_ns"):
            t = self._times[("st_atime_ns", "st_mtime_ns", "st_ctime_ns").index(name)]
            return int(round(t * 1e9))
        if name in _NAMES:
            return self[_NAMES.index(name)]
        raise AttributeError(f"'os.stat_result' object has no attribute '{name}'")

    def __repr__(self):
        shown = ", ".join(f"{n}={self[i] if i < 7 else int(self._times[i - 7])}"
                          for i, n in enumerate(_NAMES))
        return f"os.stat_result({shown})"


def stat(path, *, dir_fd=None, follow_symlinks=True):
    if dir_fd is not None:
        raise NotImplementedError("os.stat(dir_fd=...) is not supported by ferrython")
    path = _os.fspath(path) if hasattr(_os, "fspath") else path
    if not isinstance(path, str):
        raise TypeError(f"stat: path should be string, bytes, os.PathLike or integer, "
                        f"not {type(path).__name__}")
    f = _os._stat_fields(path, follow_symlinks)
    return stat_result(f[:10], f[10:])


def lstat(path, *, dir_fd=None):
    return stat(path, dir_fd=dir_fd, follow_symlinks=False)


def fstat(fd):
    if not isinstance(fd, int):
        raise TypeError(f"'{type(fd).__name__}' object cannot be interpreted as an integer")
    # Linux names every open descriptor in /proc/self/fd.
    try:
        f = _os._stat_fields(f"/proc/self/fd/{fd}", True)
    except FileNotFoundError:
        raise OSError(9, "Bad file descriptor") from None
    return stat_result(f[:10], f[10:])


def _seconds_to_ns(t):
    # Whole seconds and the fraction apart, so the fraction keeps its precision.
    if isinstance(t, int):
        return t * 1_000_000_000
    sec = int(t // 1)
    return sec * 1_000_000_000 + round((t - sec) * 1e9)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if dir_fd is not None or not follow_symlinks:
        raise NotImplementedError("os.utime(dir_fd=..., follow_symlinks=False) is not supported by ferrython")
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        atime_ns, mtime_ns = (_seconds_to_ns(t) for t in times)
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        atime_ns, mtime_ns = ns
    else:
        atime_ns = mtime_ns = None
    _os._utime(fspath(path), atime_ns, mtime_ns)


# ---- more of os, in terms of the native primitives ----

import sys as _sys

devnull = "/dev/null"
pathsep = ":"
extsep = "."
altsep = None
defpath = "/bin:/usr/bin"
F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4


import abc as _abc


class PathLike(_abc.ABC):
    """Abstract base for objects that stand for a file system path (have __fspath__)."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, other):
        if cls is PathLike and any("__fspath__" in vars(k) for k in other.__mro__):
            return True
        return NotImplemented

    def __class_getitem__(cls, item):
        return cls


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    hook = getattr(type(path), "__fspath__", None)
    if hook is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(path).__name__)
    result = hook(path)
    if not isinstance(result, (str, bytes)):
        raise TypeError(f"expected {type(path).__name__}.__fspath__() to return str or bytes, "
                        f"not {type(result).__name__}")
    return result


def fsencode(name):
    name = fspath(name)
    return name.encode("utf-8", "surrogateescape") if isinstance(name, str) else name


def fsdecode(name):
    name = fspath(name)
    return name.decode("utf-8", "surrogateescape") if isinstance(name, bytes) else name


def getcwdb():
    return _os.getcwd().encode()


def get_exec_path(env=None):
    value = (env if env is not None else _os.environ).get("PATH", defpath)
    return value.split(pathsep)


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    try:
        st = stat(path)
    except OSError:
        return False
    if mode == F_OK:
        return True
    bits = st.st_mode
    ok = True
    if mode & R_OK:
        ok = ok and bool(bits & 0o444)
    if mode & W_OK:
        ok = ok and bool(bits & 0o222)
    if mode & X_OK:
        ok = ok and bool(bits & 0o111)
    return ok


class terminal_size(tuple):
    __slots__ = ()

    def __new__(cls, size):
        return tuple.__new__(cls, size)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return f"os.terminal_size(columns={self[0]}, lines={self[1]})"


def get_terminal_size(fd=1):
    raise OSError(25, "Inappropriate ioctl for device")


def _is_dir(path):
    try:
        return stat(path).st_mode & 0o170000 == 0o040000
    except OSError:
        return False


def makedirs(name, mode=0o777, exist_ok=False):
    name = fspath(name)
    head, tail = path_split_all(name)
    if head and not _os.path.exists(head):
        makedirs(head, mode, exist_ok=True)
    try:
        _os.mkdir(name)
    except FileExistsError:
        if not exist_ok or not _is_dir(name):
            raise


def path_split_all(name):
    head, tail = _os.path.split(name)
    if not tail:
        head, tail = _os.path.split(head)
    return head, tail


def removedirs(name):
    _os.rmdir(name)
    head, tail = path_split_all(name)
    while head and tail:
        try:
            _os.rmdir(head)
        except OSError:
            break
        head, tail = path_split_all(head)


def renames(old, new):
    head, _ = path_split_all(new)
    if head and not _os.path.exists(head):
        makedirs(head)
    _os.rename(old, new)
    head, _ = path_split_all(old)
    if head:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """One entry of scandir(): its name, full path and cached type queries."""

    def __init__(self, directory, name):
        self.name = name
        self.path = _os.path.join(directory, name)
        self._st = None
        self._lst = None

    def _lstat(self):
        if self._lst is None:
            self._lst = lstat(self.path)
        return self._lst

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            return self._lstat()
        if self._st is None:
            self._st = stat(self.path)
        return self._st

    def _kind(self, follow):
        try:
            return self.stat(follow_symlinks=follow).st_mode & 0o170000
        except OSError:
            return None

    def is_dir(self, *, follow_symlinks=True):
        return self._kind(follow_symlinks) == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._kind(follow_symlinks) == 0o100000

    def is_symlink(self):
        return self._kind(False) == 0o120000

    def inode(self):
        return self._lstat().st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"


class _ScandirIterator:
    def __init__(self, directory):
        self._dir = directory
        self._names = iter(_os.listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._dir, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path="."):
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, files = [], []
    for e in entries:
        (dirs if e.is_dir() else files).append(e.name)
    if topdown:
        yield top, dirs, files
        for d in dirs:
            sub = _os.path.join(top, d)
            if followlinks or not path_islink(sub):
                yield from walk(sub, topdown, onerror, followlinks)
    else:
        for d in dirs:
            sub = _os.path.join(top, d)
            if followlinks or not path_islink(sub):
                yield from walk(sub, topdown, onerror, followlinks)
        yield top, dirs, files


# ---- os.path extras (exposed without the prefix) ----

path_curdir = "."
path_pardir = ".."
path_extsep = extsep
path_altsep = altsep
path_pathsep = pathsep
path_defpath = defpath
path_devnull = devnull
path_supports_unicode_filenames = False


def path_normcase(s):
    return fspath(s)


def path_splitdrive(p):
    p = fspath(p)
    return p[:0], p


def path_splitroot(p):
    p = fspath(p)
    sep = "/" if isinstance(p, str) else b"/"
    if not p.startswith(sep):
        return p[:0], p[:0], p
    if p.startswith(sep * 2) and not p.startswith(sep * 3):
        return p[:0], sep * 2, p[2:]
    return p[:0], sep, p[1:]


def path_islink(p):
    try:
        return lstat(p).st_mode & 0o170000 == 0o120000
    except (OSError, ValueError):
        return False


def path_lexists(p):
    try:
        lstat(p)
    except (OSError, ValueError):
        return False
    return True


def path_getmtime(p):
    return stat(p).st_mtime


def path_getatime(p):
    return stat(p).st_atime


def path_getctime(p):
    return stat(p).st_ctime


def path_samefile(a, b):
    x, y = stat(a), stat(b)
    return x.st_ino == y.st_ino and x.st_dev == y.st_dev


def path_ismount(p):
    p = _os.path.abspath(fspath(p))
    if p == "/":
        return True
    try:
        here, up = lstat(p), lstat(_os.path.join(p, ".."))
    except OSError:
        return False
    return here.st_dev != up.st_dev or here.st_ino == up.st_ino


def path_expanduser(p):
    p = fspath(p)
    if not p.startswith("~"):
        return p
    end = p.find("/")
    if end < 0:
        end = len(p)
    if end == 1:
        home = _os.environ.get("HOME")
        if home is None:
            return p
    else:
        return p
    return (home.rstrip("/") or "/") + p[end:]


def path_expandvars(p):
    p = fspath(p)
    if "$" not in p:
        return p
    out = []
    i = 0
    n = len(p)
    while i < n:
        c = p[i]
        if c != "$" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        if p[i + 1] == "{":
            close = p.find("}", i + 2)
            if close < 0:
                out.append(p[i:])
                break
            name = p[i + 2:close]
            end = close + 1
        else:
            j = i + 1
            while j < n and (p[j].isalnum() or p[j] == "_"):
                j += 1
            name = p[i + 1:j]
            end = j
        if name and name in _os.environ:
            out.append(_os.environ[name])
        else:
            out.append(p[i:end])
        i = end
    return "".join(out)


def path_commonprefix(paths):
    if not paths:
        return ""
    paths = [fspath(x) for x in paths]
    low, high = min(paths), max(paths)
    for i, ch in enumerate(low):
        if ch != high[i]:
            return low[:i]
    return low


def path_commonpath(paths):
    paths = [fspath(x) for x in paths]
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    absolute = {x.startswith("/") for x in paths}
    if len(absolute) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    parts = [[c for c in x.split("/") if c and c != "."] for x in paths]
    shortest, longest = min(parts), max(parts)
    common = shortest
    for i, c in enumerate(shortest):
        if c != longest[i]:
            common = shortest[:i]
            break
    prefix = "/" if absolute.pop() else ""
    return prefix + "/".join(common)


def path_realpath(p, *, strict=False):
    p = _os.path.abspath(fspath(p))
    parts = [c for c in p.split("/") if c]
    resolved = "/"
    seen = 0
    while parts:
        part = parts.pop(0)
        candidate = _os.path.join(resolved, part)
        if path_islink(candidate):
            seen += 1
            if seen > 40:
                if strict:
                    raise OSError(40, "Too many levels of symbolic links", candidate)
                return _os.path.join(candidate, *parts)
            target = _os.readlink(candidate)
            if target.startswith("/"):
                resolved = "/"
            parts = [c for c in target.split("/") if c] + parts
            continue
        if part == "..":
            resolved = _os.path.dirname(resolved) or "/"
            continue
        if strict and not path_lexists(candidate):
            raise FileNotFoundError(2, "No such file or directory", candidate)
        resolved = candidate
    return _os.path.normpath(resolved)


def path_relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    start = "." if start is None else fspath(start)
    target = [c for c in _os.path.abspath(fspath(path)).split("/") if c]
    origin = [c for c in _os.path.abspath(start).split("/") if c]
    shared = 0
    for a, b in zip(target, origin):
        if a != b:
            break
        shared += 1
    rel = [".."] * (len(origin) - shared) + target[shared:]
    return "/".join(rel) if rel else "."


def _wait_status(code):
    # a POSIX wait status: the exit code in the second byte, or the signal number
    return code << 8 if code >= 0 else -code


def system(command):
    """Runs *command* with /bin/sh, sharing this process's standard streams."""
    import subprocess
    return _wait_status(subprocess.call(command, shell=True))


class _wrap_close:
    """The file of a popen() pipe; closing it waits for the command."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        code = self._proc.wait()
        return None if code == 0 else _wait_status(code)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def popen(cmd, mode="r", buffering=-1):
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, text=True, bufsize=buffering,
                                stdout=subprocess.PIPE)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, bufsize=buffering,
                            stdin=subprocess.PIPE)
    return _wrap_close(proc.stdin, proc)


def WIFEXITED(status):
    return status & 0x7F == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xFF


def WIFSIGNALED(status):
    return status & 0x7F not in (0, 0x7F)


def WTERMSIG(status):
    return status & 0x7F


def WIFSTOPPED(status):
    return status & 0xFF == 0x7F


def WSTOPSIG(status):
    return (status >> 8) & 0xFF


def waitstatus_to_exitcode(status):
    if not isinstance(status, int):
        raise TypeError("an integer is required (got type %s)" % type(status).__name__)
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    raise ValueError("invalid wait status: %d" % status)


class uname_result(tuple):
    """What os.uname() returns: a 5-tuple with named fields."""

    n_sequence_fields = 5
    n_fields = 5
    n_unnamed_fields = 0
    _fields = ("sysname", "nodename", "release", "version", "machine")

    def __new__(cls, fields):
        fields = tuple(fields)
        if len(fields) != 5:
            raise TypeError("os.uname_result() takes a 5-sequence (%d-sequence given)"
                            % len(fields))
        return tuple.__new__(cls, fields)

    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        inner = ", ".join("%s=%r" % (n, v) for n, v in zip(self._fields, self))
        return "posix.uname_result(%s)" % inner

    def __reduce__(self):
        return (uname_result, (tuple(self),))


def uname():
    return uname_result(_os._uname_fields())


def _str_or_error(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


def _make_environ():
    from collections.abc import Mapping, MutableMapping

    class _Environ(MutableMapping):
        """os.environ: the process environment as a str-to-str mapping."""

        def __init__(self, data):
            self._data = data

        def __getitem__(self, key):
            try:
                return self._data[_str_or_error(key)]
            except KeyError:
                raise KeyError(key) from None

        def __setitem__(self, key, value):
            self._data[_str_or_error(key)] = _str_or_error(value)

        def __delitem__(self, key):
            try:
                del self._data[_str_or_error(key)]
            except KeyError:
                raise KeyError(key) from None

        def __iter__(self):
            return iter(list(self._data))

        def __len__(self):
            return len(self._data)

        def __repr__(self):
            items = ", ".join("%r: %r" % pair for pair in self._data.items())
            return "environ({%s})" % items

        def copy(self):
            return dict(self)

        def setdefault(self, key, value):
            if key not in self:
                self[key] = value
            return self[key]

        def __or__(self, other):
            if not isinstance(other, Mapping):
                return NotImplemented
            merged = dict(self)
            merged.update(other)
            return merged

        def __ror__(self, other):
            if not isinstance(other, Mapping):
                return NotImplemented
            merged = dict(other)
            merged.update(self)
            return merged

        def __ior__(self, other):
            self.update(other)
            return self

    _Environ.__module__ = "os"
    return _Environ(_os._environ_data)


environ = _make_environ()
