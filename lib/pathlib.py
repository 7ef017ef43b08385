"""Object-oriented filesystem paths (Ferrython implementation).

Provides PurePath, PurePosixPath, PureWindowsPath, Path, PosixPath and
WindowsPath following the behaviour of CPython 3.12's pathlib.
"""

import os
import sys
import re
import fnmatch
import errno as _errno_mod
from collections.abc import Sequence as _SequenceABC

__all__ = [
    "PurePath", "PurePosixPath", "PureWindowsPath",
    "Path", "PosixPath", "WindowsPath",
]


# ---------------------------------------------------------------------------
# Path syntax helpers (one object per flavour)
# ---------------------------------------------------------------------------

class _PosixRules:
    sep = "/"
    altsep = ""
    folds_case = False

    def split_anchor(self, text):
        """Return (drive, root, remainder) for a posix path string."""
        if not text.startswith("/"):
            return "", "", text
        stripped = text.lstrip("/")
        lead = len(text) - len(stripped)
        # Exactly two leading slashes are kept (implementation-defined).
        return "", ("//" if lead == 2 else "/"), stripped

    def fold(self, text):
        return text

    def absolute(self, drv, root):
        return bool(root)


class _WindowsRules:
    sep = "\\"
    altsep = "/"
    folds_case = True

    def split_anchor(self, text):
        text = text.replace("/", "\\")
        if text[:2] == "\\\\" and text[2:3] != "\\":
            # UNC: \\server\share
            server_end = text.find("\\", 2)
            if server_end < 0:
                return text, "", ""
            share_end = text.find("\\", server_end + 1)
            if share_end < 0:
                return text, "\\", ""
            return text[:share_end], "\\", text[share_end:].lstrip("\\")
        if text[1:2] == ":":
            drv = text[:2]
            rest = text[2:]
        else:
            drv = ""
            rest = text
        if rest[:1] == "\\":
            return drv, "\\", rest.lstrip("\\")
        return drv, "", rest

    def fold(self, text):
        return text.lower()

    def absolute(self, drv, root):
        return bool(drv) and bool(root)


_POSIX_RULES = _PosixRules()
_WINDOWS_RULES = _WindowsRules()

_WIN_RESERVED = set(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + ["COM%s" % c for c in "123456789\xb9\xb2\xb3"]
    + ["LPT%s" % c for c in "123456789\xb9\xb2\xb3"]
)

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000
_S_IFSOCK = 0o140000
_S_IFIFO = 0o010000
_S_IFBLK = 0o060000
_S_IFCHR = 0o020000

# errno values for which exists()/is_*() report False instead of raising
_QUIET_ERRNOS = (
    getattr(_errno_mod, "ENOENT", 2),
    getattr(_errno_mod, "ENOTDIR", 20),
    getattr(_errno_mod, "EBADF", 9),
    getattr(_errno_mod, "ELOOP", 40),
)


def _coerce_segment(seg):
    if isinstance(seg, str):
        return seg
    try:
        value = os.fspath(seg)
    except TypeError:
        value = seg
    if not isinstance(value, str):
        raise TypeError(
            "argument should be a str or an os.PathLike object where "
            "__fspath__ returns a str, not %r" % type(value).__name__)
    return value


_URI_SAFE = frozenset(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")


def _percent_encode(text):
    out = []
    for byte in text.encode("utf-8", "surrogateescape"):
        if byte in _URI_SAFE:
            out.append(chr(byte))
        else:
            out.append("%%%02X" % byte)
    return "".join(out)


def _component_matcher(piece, sep, case_sensitive):
    """Regex for one pattern component as used by PurePath.match():
    wildcards never match the separator, except a bare '**'."""
    if piece == "**":
        body = ".*"
    else:
        not_sep = "[^%s]" % re.escape(sep)
        out = []
        i = 0
        n = len(piece)
        while i < n:
            ch = piece[i]
            i += 1
            if ch == "*":
                out.append(not_sep + "*")
            elif ch == "?":
                out.append(not_sep)
            elif ch == "[":
                close = piece.find("]", i + 1 if piece[i:i + 1] in ("!", "]") else i)
                if close < 0:
                    out.append(re.escape(ch))
                    continue
                inner = piece[i:close].replace("\\", "\\\\")
                i = close + 1
                if inner.startswith("!"):
                    inner = "^" + inner[1:]
                elif inner.startswith("^"):
                    inner = "\\" + inner
                out.append("[" + inner + "]")
            else:
                out.append(re.escape(ch))
        body = "".join(out)
    flags = re.DOTALL if case_sensitive else (re.DOTALL | re.IGNORECASE)
    return re.compile("(?:" + body + ")\\Z", flags)


def _deprecation(message):
    import warnings
    warnings.warn(message, DeprecationWarning, 3)


def _compile_component(pattern, case_sensitive):
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile(fnmatch.translate(pattern), flags)


# ---------------------------------------------------------------------------
# parents sequence
# ---------------------------------------------------------------------------

class _AncestorView(_SequenceABC):
    """Immutable sequence giving access to the logical ancestors of a path."""

    __slots__ = ("_owner", "_count")

    def __init__(self, owner):
        self._owner = owner
        self._count = len(owner._tail)

    def __len__(self):
        return self._count

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[k] for k in range(*index.indices(self._count)))
        if index >= self._count or index < -self._count:
            raise IndexError(index)
        if index < 0:
            index += self._count
        owner = self._owner
        keep = self._count - 1 - index
        return owner._derive(owner._drv, owner._root, owner._tail[:keep])

    def __repr__(self):
        return "<%s.parents>" % type(self._owner).__name__


# ---------------------------------------------------------------------------
# Pure paths
# ---------------------------------------------------------------------------

class PurePath(object):
    """Base class for manipulating paths without I/O."""

    _rules = _POSIX_RULES if os.name != "nt" else _WINDOWS_RULES

    def __new__(cls, *args, **kwargs):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == "nt" else PurePosixPath
        instance = object.__new__(cls)
        return instance

    def __init__(self, *args):
        rules = self._rules
        pieces = []
        for seg in args:
            if isinstance(seg, PurePath):
                text = str(seg)
                if seg._rules is _WINDOWS_RULES and rules is _POSIX_RULES:
                    text = text.replace("\\", "/")
            else:
                text = _coerce_segment(seg)
            pieces.append(text)
        self._load(pieces)

    def _load(self, pieces):
        rules = self._rules
        drv = root = ""
        tail = []
        for text in pieces:
            if not text:
                continue
            p_drv, p_root, rest = rules.split_anchor(text)
            if p_root:
                if p_drv:
                    drv = p_drv
                root = p_root
                tail = []
            elif p_drv:
                if rules.fold(p_drv) != rules.fold(drv):
                    root = ""
                    tail = []
                drv = p_drv
            sep = rules.sep
            for name in rest.split(sep):
                if name and name != ".":
                    tail.append(name)
        if drv.startswith("\\\\") and rules is _WINDOWS_RULES:
            root = "\\"
        self._drv = drv
        self._root = root
        self._tail = tuple(tail)
        self._text = None

    def with_segments(self, *pathsegments):
        """Construct a new path object from any number of path-like objects."""
        cls = type(self)
        return cls(*pathsegments)

    def _derive(self, drv, root, tail):
        text = self._format(drv, root, tail)
        return self.with_segments(text)

    def _format(self, drv, root, tail):
        anchor = drv + root
        body = self._rules.sep.join(tail)
        if anchor or body:
            return anchor + body
        return "."

    # -- string representations ------------------------------------------
    def __str__(self):
        text = self._text
        if text is None:
            text = self._text = self._format(self._drv, self._root, self._tail)
        return text

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """Return the string representation with forward slashes."""
        return str(self).replace(self._rules.sep, "/")

    def __bytes__(self):
        return os.fsencode(str(self))

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.as_posix())

    def __reduce__(self):
        return (type(self), (str(self),))

    def as_uri(self):
        """The path as a file: URI."""
        if not self._rules.absolute(self._drv, self._root):
            raise ValueError("relative path can't be expressed as a file URI")
        drv = self._drv
        if self._rules is _WINDOWS_RULES:
            posix = self.as_posix()
            if len(drv) == 2 and drv[1] == ":":
                return "file:///" + drv + _percent_encode(posix[2:])
            return "file:" + _percent_encode(posix)
        return "file://" + _percent_encode(str(self))

    # -- comparison --------------------------------------------------------
    def _folded(self):
        return self._rules.fold(str(self))

    def _order_key(self):
        return self._folded().split(self._rules.sep)

    def _same_kind(self, other):
        return isinstance(other, PurePath) and other._rules is self._rules

    def __eq__(self, other):
        if not self._same_kind(other):
            return NotImplemented
        return self._folded() == other._folded()

    def __hash__(self):
        return hash(self._folded())

    def __lt__(self, other):
        if not self._same_kind(other):
            return NotImplemented
        return self._order_key() < other._order_key()

    def __le__(self, other):
        if not self._same_kind(other):
            return NotImplemented
        return self._order_key() <= other._order_key()

    def __gt__(self, other):
        if not self._same_kind(other):
            return NotImplemented
        return self._order_key() > other._order_key()

    def __ge__(self, other):
        if not self._same_kind(other):
            return NotImplemented
        return self._order_key() >= other._order_key()

    # -- components --------------------------------------------------------
    @property
    def drive(self):
        """The drive part (a letter or UNC share), or ''."""
        return self._drv

    @property
    def root(self):
        """The root part, or ''."""
        return self._root

    @property
    def anchor(self):
        """Drive and root together, or ''."""
        return self._drv + self._root

    @property
    def parts(self):
        """An object providing sequence-like access to the path components."""
        anchor = self._drv + self._root
        if anchor:
            return (anchor,) + self._tail
        return self._tail

    @property
    def name(self):
        """The last component, or ''."""
        if not self._tail:
            return ""
        return self._tail[-1]

    @property
    def suffix(self):
        """The final component's last suffix, if any."""
        name = self.name
        dot = name.rfind(".")
        if 0 < dot < len(name) - 1:
            return name[dot:]
        return ""

    @property
    def suffixes(self):
        """A list of the final component's suffixes, if any."""
        name = self.name
        if name.endswith("."):
            return []
        pieces = name.lstrip(".").split(".")
        return ["." + piece for piece in pieces[1:]]

    @property
    def stem(self):
        """The last component without its last suffix."""
        name = self.name
        dot = name.rfind(".")
        if 0 < dot < len(name) - 1:
            return name[:dot]
        return name

    @property
    def parent(self):
        """The path without its last component."""
        if not self._tail:
            return self
        return self._derive(self._drv, self._root, self._tail[:-1])

    @property
    def parents(self):
        """All the ancestors of the path, nearest first."""
        return _AncestorView(self)

    # -- derived paths -----------------------------------------------------
    def with_name(self, name):
        """This path with another last component."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        rules = self._rules
        bad = (not name or name == "." or rules.sep in name
               or (rules.altsep and rules.altsep in name))
        if bad:
            raise ValueError("Invalid name %r" % (name,))
        return self._derive(self._drv, self._root, self._tail[:-1] + (name,))

    def with_stem(self, stem):
        """This path with another stem (the suffix kept)."""
        return self.with_name("".join((stem, self.suffix)))

    def with_suffix(self, suffix):
        """Return a new path with the file suffix changed (or added)."""
        rules = self._rules
        if rules.sep in suffix or (rules.altsep and rules.altsep in suffix):
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and (suffix[0] != "." or suffix == "."):
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        base = name[:len(name) - len(old)] if old else name
        return self._derive(self._drv, self._root,
                            self._tail[:-1] + (base + suffix,))

    def _contains(self, base):
        """True if `base` is this path or one of its logical ancestors."""
        fold = self._rules.fold
        if fold(base._drv) != fold(self._drv) or base._root != self._root:
            return False
        depth = len(base._tail)
        if depth > len(self._tail):
            return False
        for mine, theirs in zip(self._tail[:depth], base._tail):
            if fold(mine) != fold(theirs):
                return False
        return True

    def relative_to(self, other, /, *_deprecated, walk_up=False):
        """Return the relative path to another path."""
        if _deprecated:
            _deprecation(
                "support for supplying more than one positional argument to "
                "pathlib.PurePath.relative_to() is deprecated and scheduled "
                "for removal in Python 3.14")
            other = self.with_segments(*((other,) + _deprecated))
        elif not isinstance(other, PurePath):
            other = self.with_segments(other)
        candidates = [other] + list(other.parents)
        ups = 0
        for base in candidates:
            if self._contains(base):
                remaining = self._tail[len(base._tail):]
                return self._derive("", "", ("..",) * ups + remaining)
            if not walk_up:
                raise ValueError("%r is not in the subpath of %r"
                                 % (str(self), str(other)))
            if base.name == "..":
                raise ValueError("'..' segment in %r cannot be walked"
                                 % (str(other),))
            ups += 1
        raise ValueError("%r and %r have different anchors"
                         % (str(self), str(other)))

    def is_relative_to(self, other, /, *_deprecated):
        """Return True if the path is relative to another path or False."""
        if _deprecated:
            _deprecation(
                "support for supplying more than one argument to "
                "pathlib.PurePath.is_relative_to() is deprecated and "
                "scheduled for removal in Python 3.14")
            other = self.with_segments(*((other,) + _deprecated))
        elif not isinstance(other, PurePath):
            other = self.with_segments(other)
        return self._contains(other)

    def is_absolute(self):
        """Whether the path is absolute: rooted, and with a drive where drives exist."""
        return self._rules.absolute(self._drv, self._root)

    def is_reserved(self):
        """Whether the final component is a name reserved by Windows."""
        if self._rules is not _WINDOWS_RULES or not self._tail:
            return False
        if self._drv.startswith("\\\\"):
            return False
        last = self._tail[-1]
        base = last.partition(".")[0].partition(":")[0].rstrip(" ")
        return base.upper() in _WIN_RESERVED

    def joinpath(self, *pathsegments):
        """Combine this path with one or several arguments."""
        segs = (self,) + pathsegments
        return self.with_segments(*segs)

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        combined = NotImplemented
        try:
            combined = self.with_segments(key, self)
        except TypeError:
            pass
        return combined

    def match(self, path_pattern, *, case_sensitive=None):
        """Return True if this path matches the given pattern."""
        if isinstance(path_pattern, PurePath):
            spec = path_pattern
        else:
            spec = self.with_segments(path_pattern)
        path_pattern = spec
        sensitive = case_sensitive
        if sensitive is None:
            sensitive = not self._rules.folds_case
        wanted = path_pattern.parts
        have = self.parts
        if not wanted:
            raise ValueError("empty pattern")
        if len(wanted) > len(have):
            return False
        if path_pattern.anchor and len(wanted) != len(have):
            return False
        rules = self._rules
        pos = len(have)
        for piece in reversed(wanted):
            pos -= 1
            regex = _component_matcher(piece, rules.sep, sensitive)
            if regex.match(have[pos]) is None:
                return False
        return True


try:
    _pathlike_abc = os.PathLike
    _pathlike_abc.register(PurePath)
except Exception:
    pass


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems."""
    _rules = _POSIX_RULES
    __slots__ = ()


class PureWindowsPath(PurePath):
    """PurePath subclass for Windows systems."""
    _rules = _WINDOWS_RULES
    __slots__ = ()


# ---------------------------------------------------------------------------
# Concrete paths
# ---------------------------------------------------------------------------

def _mode_of(path, follow):
    """Return st_mode for path or None when it does not exist."""
    try:
        return path.stat(follow_symlinks=follow).st_mode
    except OSError as exc:
        if getattr(exc, "errno", None) not in _QUIET_ERRNOS:
            raise
        return None
    except ValueError:
        return None


def _has_kind(path, kind, follow=True):
    mode = _mode_of(path, follow)
    return mode is not None and (mode & _S_IFMT) == kind


class Path(PurePath):
    """PurePath subclass that can make system calls."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == "nt" else PosixPath
        instance = object.__new__(cls)
        return instance

    def __init__(self, *args, **kwargs):
        if kwargs:
            _deprecation(
                "support for supplying keyword arguments to pathlib.PurePath "
                "is deprecated and scheduled for removal in Python 3.14")
        PurePath.__init__(self, *args)

    def _kid(self, name):
        return self._derive(self._drv, self._root, self._tail + (name,))

    # -- class-level constructors -----------------------------------------
    @classmethod
    def cwd(cls):
        """The current working directory as a path."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """Return a new path pointing to the user's home directory."""
        home_path = cls("~")
        return home_path.expanduser()

    # -- stat-based queries ------------------------------------------------
    def stat(self, *, follow_symlinks=True):
        """Return the result of the stat() system call on this path."""
        if follow_symlinks:
            return os.stat(str(self))
        return os.lstat(str(self))

    def lstat(self):
        """Like stat(), but do not follow a final symbolic link."""
        return os.lstat(str(self))

    def owner(self):
        """Return the login name of the file owner."""
        try:
            import pwd
        except ImportError:
            raise NotImplementedError("Path.owner() is unsupported on this system")
        record = pwd.getpwuid(self.stat().st_uid)
        return record.pw_name

    def group(self):
        """Return the group name of the file gid."""
        try:
            import grp
        except ImportError:
            raise NotImplementedError("Path.group() is unsupported on this system")
        record = grp.getgrgid(self.stat().st_gid)
        return record.gr_name

    def exists(self, *, follow_symlinks=True):
        """Whether this path exists."""
        return _mode_of(self, follow_symlinks) is not None

    def is_dir(self):
        """Whether this path is a directory."""
        return _has_kind(self, _S_IFDIR)

    def is_file(self):
        """Whether this path is a regular file."""
        return _has_kind(self, _S_IFREG)

    def is_symlink(self):
        """Whether this path is a symbolic link."""
        return _has_kind(self, _S_IFLNK, follow=False)

    def is_socket(self):
        """Whether this path is a socket."""
        return _has_kind(self, _S_IFSOCK)

    def is_fifo(self):
        """Whether this path is a FIFO."""
        return _has_kind(self, _S_IFIFO)

    def is_block_device(self):
        """Whether this path is a block device."""
        return _has_kind(self, _S_IFBLK)

    def is_char_device(self):
        """Whether this path is a character device."""
        return _has_kind(self, _S_IFCHR)

    def is_junction(self):
        """Whether this path is a junction (never true on POSIX)."""
        return False

    def is_mount(self):
        """Check if this path is a mount point."""
        try:
            here = self.stat(follow_symlinks=False)
        except (OSError, ValueError):
            return False
        if (here.st_mode & _S_IFMT) == _S_IFLNK:
            return False
        try:
            above = self.with_segments(str(self), "..").stat(follow_symlinks=False)
        except (OSError, ValueError):
            return False
        if here.st_dev != above.st_dev:
            return True
        return here.st_ino == above.st_ino

    def samefile(self, other_path):
        """Return whether other_path is the same or not as this file."""
        mine = self.stat()
        if hasattr(other_path, "stat"):
            theirs = other_path.stat()
        else:
            theirs = self.with_segments(other_path).stat()
        return mine.st_ino == theirs.st_ino and mine.st_dev == theirs.st_dev

    # -- path transformations ----------------------------------------------
    def absolute(self):
        """Return an absolute version of this path."""
        if self.is_absolute():
            return self
        here = os.getcwd()
        if not self._tail and not self._drv and not self._root:
            return self.with_segments(here)
        return self.with_segments(here, str(self))

    def resolve(self, strict=False):
        """Make the path absolute, resolving all symlinks on the way."""
        resolved = os.path.realpath(str(self))
        if strict:
            # Surface the error of the first missing component.
            os.stat(resolved)
        return self.with_segments(resolved)

    def expanduser(self):
        """Return a new path with expanded ~ and ~user constructs."""
        if self._drv or self._root or not self._tail:
            return self
        first = self._tail[0]
        if not first.startswith("~"):
            return self
        expanded = os.path.expanduser(first)
        if expanded.startswith("~"):
            raise RuntimeError("Could not determine home directory.")
        return self.with_segments(expanded, *self._tail[1:])

    def readlink(self):
        """Return the path to which the symbolic link points."""
        if getattr(os, "readlink", None) is None:
            raise NotImplementedError("os.readlink() not available on this system")
        return self.with_segments(os.readlink(str(self)))

    # -- directory listing -------------------------------------------------
    def iterdir(self):
        """Yield path objects of the directory contents."""
        for entry_name in os.listdir(str(self)):
            yield self._kid(entry_name)

    def _scan(self):
        try:
            return list(os.scandir(str(self)))
        except OSError:
            return []

    def _glob_parts(self, pattern, recursive=False):
        raw = os.fspath(pattern) if not isinstance(pattern, str) else pattern
        spec = self.with_segments(raw)
        if spec._drv or spec._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = list(spec._tail)
        if recursive:
            parts.insert(0, "**")
        if not parts:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        rules = self._rules
        if raw[-1:] == rules.sep or (rules.altsep and raw[-1:] == rules.altsep):
            parts.append("")
        return parts

    def glob(self, pattern, *, case_sensitive=None):
        """Yield the existing paths below this one matching a relative pattern."""
        parts = self._glob_parts(pattern)
        yield from self._glob_run(parts, case_sensitive)

    def rglob(self, pattern, *, case_sensitive=None):
        """Like glob() with '**/' prepended to the pattern."""
        parts = self._glob_parts(pattern, recursive=True)
        yield from self._glob_run(parts, case_sensitive)

    def _glob_run(self, parts, case_sensitive):
        if case_sensitive is None:
            case_sensitive = self._rules.folds_case is False
        # collapse runs of '**'
        steps = []
        for piece in parts:
            if piece == "**" and steps and steps[-1] == "**":
                continue
            steps.append(piece)
        compiled = []
        for piece in steps:
            if piece in ("**", "..", ""):
                compiled.append(piece)
            else:
                compiled.append(_compile_component(piece, case_sensitive))
        if steps.count("**") > 1:
            seen = set()
            for found in self._glob_step(self, compiled, 0):
                key = str(found)
                if key not in seen:
                    seen.add(key)
                    yield found
        else:
            yield from self._glob_step(self, compiled, 0)

    def _glob_step(self, where, steps, index):
        if index == len(steps):
            yield where
            return
        step = steps[index]
        last = index == len(steps) - 1
        if step == "":
            if where.is_dir():
                yield from self._glob_step(where, steps, index + 1)
        elif step == "..":
            yield from self._glob_step(where._kid(".."), steps, index + 1)
        elif step == "**":
            for folder in self._descend(where):
                yield from self._glob_step(folder, steps, index + 1)
        else:
            for entry in where._scan():
                if step.match(entry.name) is None:
                    continue
                if not last:
                    try:
                        if not entry.is_dir():
                            continue
                    except OSError:
                        continue
                yield from self._glob_step(where._kid(entry.name), steps, index + 1)

    def _descend(self, top):
        pending = [top]
        while pending:
            folder = pending.pop()
            yield folder
            children = []
            for entry in folder._scan():
                try:
                    if entry.is_dir(follow_symlinks=False):
                        children.append(folder._kid(entry.name))
                except OSError:
                    pass
            pending.extend(reversed(children))

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        """(dirpath, dirnames, filenames) for this directory and those below it, like os.walk()."""
        stack = [self]
        while stack:
            item = stack.pop()
            if isinstance(item, tuple):
                yield item
                continue
            try:
                entries = list(os.scandir(str(item)))
            except OSError as exc:
                if on_error is not None:
                    on_error(exc)
                continue
            dirnames = []
            filenames = []
            for entry in entries:
                try:
                    is_folder = entry.is_dir(follow_symlinks=follow_symlinks)
                except OSError:
                    is_folder = False
                (dirnames if is_folder else filenames).append(entry.name)
            if top_down:
                yield item, dirnames, filenames
                stack.extend(item._kid(d) for d in reversed(dirnames))
            else:
                stack.append((item, dirnames, filenames))
                stack.extend(item._kid(d) for d in reversed(dirnames))

    # -- file I/O ------------------------------------------------------------
    def open(self, mode="r", buffering=-1, encoding=None, errors=None,
             newline=None):
        """Open the file pointed to by this path and return a file object."""
        if "b" in mode:
            return open(str(self), mode, buffering)
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """Open the file in bytes mode, read it, and close the file."""
        with self.open(mode="rb") as stream:
            return stream.read()

    def read_text(self, encoding=None, errors=None):
        """Open the file in text mode, read it, and close the file."""
        # Decoding is done here (rather than by a text-mode file) so that
        # the requested codec is honoured on every runtime.
        raw = self.read_bytes()
        text = raw.decode(encoding or _default_codec(), errors or "strict")
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def write_bytes(self, data):
        """Open the file in bytes mode, write to it, and close the file."""
        if isinstance(data, (bytes, bytearray)):
            payload = data
        else:
            try:
                payload = memoryview(data)
            except NameError:
                raise TypeError("memoryview: a bytes-like object is required, "
                                "not '%s'" % type(data).__name__)
        with self.open(mode="wb") as stream:
            return stream.write(payload)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Open the file in text mode, write to it, and close the file."""
        if not isinstance(data, (str,)):
            raise TypeError("data must be str, not %s" % type(data).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        text = data
        eol = os.linesep if newline is None else newline
        if eol and eol != "\n":
            text = text.replace("\n", eol)
        payload = text.encode(encoding or _default_codec(), errors or "strict")
        with self.open(mode="wb") as stream:
            stream.write(payload)
        return len(data)

    # -- filesystem modification --------------------------------------------
    def touch(self, mode=0o666, exist_ok=True):
        """Create this file with the given access mode, if it doesn't exist."""
        target = str(self)
        if exist_ok:
            utime = getattr(os, "utime", None)
            if utime is not None:
                try:
                    utime(target, None)
                    return
                except OSError:
                    pass
            elif self.exists():
                return
        handle = open(target, "ab" if exist_ok else "xb")
        handle.close()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create a new directory at this given path."""
        missing = []
        current = self
        while True:
            try:
                os.mkdir(str(current), mode)
            except FileNotFoundError:
                if not parents or current.parent == current:
                    raise
                missing.append(current)
                current = current.parent
                continue
            except OSError:
                if current is self:
                    if not (exist_ok and self.is_dir()):
                        raise
                elif not current.is_dir():
                    raise
            break
        while missing:
            current = missing.pop()
            try:
                os.mkdir(str(current), mode)
            except OSError:
                if current is self:
                    if not (exist_ok and self.is_dir()):
                        raise
                elif not current.is_dir():
                    raise

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permissions of the path, like os.chmod()."""
        fn = getattr(os, "chmod", None)
        if fn is None:
            raise NotImplementedError("os.chmod() not available on this system")
        fn(str(self), mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """Like chmod(), except if the path points to a symlink, the symlink's
        permissions are changed, rather than its target's."""
        return self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove this file or link."""
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove this directory.  The directory must be empty."""
        os.rmdir(str(self))

    def rename(self, target):
        """Rename this path to the target path; return the new Path."""
        _move(os.rename, str(self), _target_text(target))
        moved = self.with_segments(target)
        return moved

    def replace(self, target):
        """Rename this path to the target path, overwriting if that path
        exists; return the new Path."""
        _move(os.replace, str(self), _target_text(target))
        moved = self.with_segments(target)
        return moved

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symlink pointing to the target path."""
        fn = getattr(os, "symlink", None)
        if fn is None:
            raise NotImplementedError("os.symlink() not available on this system")
        fn(_target_text(target), str(self), target_is_directory)

    def hardlink_to(self, target):
        """Make this path a hard link pointing to the same file as target."""
        fn = getattr(os, "link", None)
        if fn is None:
            raise NotImplementedError("os.link() not available on this system")
        fn(_target_text(target), str(self))


def _default_codec():
    try:
        import locale
        return locale.getpreferredencoding(False) or "utf-8"
    except Exception:
        return "utf-8"


def _move(func, source, target):
    try:
        func(source, target)
    except OSError as exc:
        if getattr(exc, "filename2", None) is None and exc.errno is not None:
            raise type(exc)(exc.errno, exc.strerror, source, None, target) from None
        raise


def _target_text(target):
    if isinstance(target, str):
        return target
    return os.fspath(target)


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems."""
    __slots__ = ()

    if os.name == "nt":
        def __new__(cls, *args, **kwargs):
            raise NotImplementedError(
                "cannot instantiate %r on your system" % (cls.__name__,))


class WindowsPath(Path, PureWindowsPath):
    """Path subclass for Windows systems."""
    __slots__ = ()

    if os.name != "nt":
        def __new__(cls, *args, **kwargs):
            raise NotImplementedError(
                "cannot instantiate %r on your system" % (cls.__name__,))
