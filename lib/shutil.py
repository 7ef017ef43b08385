"""High-level file operations (copying, moving, removing trees).

Pure-Python implementation for Ferrython.

Limitations compared with CPython (dictated by the functions Ferrython's
``os`` module provides):

* There is no ``os.chmod``.  ``copymode`` (and the permission part of
  ``copystat``) succeeds silently when source and destination already carry
  the same permission bits; when they differ it raises
  ``NotImplementedError`` because the bits cannot be changed.
* There is no ``os.utime``.  ``copystat`` therefore does not transfer
  access/modification times; it only performs the permission check above.
* There is no ``os.symlink``; copying a symbolic link *as a link*
  (``follow_symlinks=False`` / ``symlinks=True``) raises
  ``NotImplementedError``.
* ``rmtree`` is not based on file descriptors, so
  ``rmtree.avoids_symlink_attacks`` is ``False``.
* ``disk_usage``, ``chown`` and the archive helpers raise
  ``NotImplementedError``.
"""

import os
import sys
import fnmatch
import collections

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "make_archive", "get_archive_formats",
           "register_archive_format", "unregister_archive_format",
           "get_unpack_formats", "register_unpack_format",
           "unregister_unpack_format", "unpack_archive",
           "ignore_patterns", "chown", "which", "get_terminal_size",
           "SameFileError", "disk_usage"]

_WINDOWS = os.name == "nt"
COPY_BUFSIZE = (1 << 20) if _WINDOWS else (1 << 16)

# Bits of st_mode (the ``stat`` module is not available on Ferrython).
_FMT_MASK = 0o170000
_KIND_DIR = 0o040000
_KIND_LINK = 0o120000
_KIND_FIFO = 0o010000
_KIND_CHR = 0o020000
_KIND_BLK = 0o060000
_KIND_SOCK = 0o140000
_PERM_MASK = 0o7777


class Error(OSError):
    pass


class SameFileError(Error):
    """Source and destination refer to the same file."""


class SpecialFileError(OSError):
    """Copying is not possible for this kind of special file."""


class ExecError(OSError):
    """A command could not be run."""


class ReadError(OSError):
    """An archive could not be read."""


class RegistryError(Exception):
    """Bad operation on the archive format registry."""


def _kind(st):
    return st.st_mode & _FMT_MASK


def _lookup(path, follow):
    # stat() or lstat() depending on follow.
    if follow:
        return os.stat(path)
    return os.lstat(path)


def _as_path(p):
    if isinstance(p, (str, bytes)):
        return p
    return os.fspath(p)


def _is_link(path):
    try:
        return _kind(os.lstat(path)) == _KIND_LINK
    except (OSError, ValueError):
        return False


def _chunks(reader, size):
    while True:
        piece = reader(size)
        if not piece:
            return
        yield piece


def copyfileobj(fsrc, fdst, length=0):
    """Stream everything from fsrc into fdst, length bytes at a time."""
    size = length if length else COPY_BUFSIZE
    put = fdst.write
    for piece in _chunks(fsrc.read, size):
        put(piece)


def _identical(a, b):
    if isinstance(a, os.DirEntry):
        try:
            first = a.stat()
            second = os.stat(b)
        except OSError:
            return False
        return (first.st_ino, first.st_dev) == (second.st_ino, second.st_dev)
    try:
        return os.path.samefile(a, b)
    except OSError:
        pass
    left = os.path.normcase(os.path.abspath(_as_path(a)))
    right = os.path.normcase(os.path.abspath(_as_path(b)))
    return left == right


def _reject_special(entry):
    # Named pipes would block forever when read; refuse them.
    if isinstance(entry, os.DirEntry):
        try:
            info = entry.stat()
        except OSError:
            return
        shown = entry.path
    else:
        try:
            info = os.stat(entry)
        except OSError:
            return
        shown = entry
    if _kind(info) == _KIND_FIFO:
        if isinstance(shown, bytes):
            shown = os.fsdecode(shown)
        raise SpecialFileError("`%s` is a named pipe" % shown)


def copyfile(src, dst, *, follow_symlinks=True):
    """Write the contents of src into dst and return dst."""
    if _identical(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))

    _reject_special(src)
    _reject_special(dst)

    src_path = _as_path(src.path if isinstance(src, os.DirEntry) else src)
    dst_path = _as_path(dst)
    if not follow_symlinks and _is_link(src_path):
        _make_link(os.readlink(src_path), dst_path)
        return dst

    with open(src_path, "rb") as reader:
        try:
            writer = open(dst_path, "wb")
        except IsADirectoryError as exc:
            if not os.path.exists(dst_path):
                raise FileNotFoundError(
                    f"Directory does not exist: {dst}") from exc
            raise
        with writer:
            copyfileobj(reader, writer)
    return dst


def _make_link(target, where):
    maker = getattr(os, "symlink", None)
    if maker is None:
        raise NotImplementedError(
            "creating symbolic links is not supported (os.symlink is missing)")
    maker(target, where)


def _apply_mode(dst, wanted, follow):
    changer = getattr(os, "chmod", None)
    if changer is not None:
        if follow:
            changer(dst, wanted)
        else:
            changer(dst, wanted, follow_symlinks=False)
        return
    try:
        have = _lookup(dst, follow).st_mode & _PERM_MASK
    except OSError:
        have = None
    if have == wanted:
        return
    raise NotImplementedError(
        "cannot change permission bits: os.chmod is not available")


def copymode(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits of src."""
    src = _as_path(src)
    dst = _as_path(dst)
    deref = follow_symlinks or not (_is_link(src) and _is_link(dst))
    if not deref:
        # Symlink permissions are meaningless on Linux; nothing to do.
        if not hasattr(os, "lchmod"):
            return
    info = _lookup(src, deref)
    _apply_mode(dst, info.st_mode & _PERM_MASK, deref)


def copystat(src, dst, *, follow_symlinks=True):
    """Transfer permission bits and timestamps (when possible) to dst."""
    src = _as_path(src.path if isinstance(src, os.DirEntry) else src)
    dst = _as_path(dst)
    deref = follow_symlinks or not (_is_link(src) and _is_link(dst))
    info = _lookup(src, deref)
    stamp = getattr(os, "utime", None)
    if stamp is not None:
        if deref:
            stamp(dst, ns=(info.st_atime_ns, info.st_mtime_ns))
        else:
            try:
                stamp(dst, ns=(info.st_atime_ns, info.st_mtime_ns),
                      follow_symlinks=False)
            except NotImplementedError:
                pass
    if not deref and not hasattr(os, "lchmod"):
        return
    _apply_mode(dst, info.st_mode & _PERM_MASK, deref)


def _target_in(dst, src):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(_as_path(src)))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy contents and permission bits; return the destination path."""
    dst = _target_in(dst, src)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Copy contents and metadata; return the destination path."""
    dst = _target_in(dst, src)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """Build a copytree() ignore callable from glob patterns."""
    globs = tuple(patterns)

    def _ignore(path, names):
        hits = set()
        for glob in globs:
            hits.update(fnmatch.filter(names, glob))
        return hits
    return _ignore


def _tree_copy(entries, src, dst, symlinks, ignore, copy_function,
               ignore_dangling_symlinks, dirs_exist_ok):
    skipped = set()
    if ignore is not None:
        skipped = ignore(os.fspath(src), [e.name for e in entries])
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    problems = []
    plain_copy = copy_function in (copy2, copy)

    for entry in entries:
        if entry.name in skipped:
            continue
        from_path = os.path.join(src, entry.name)
        to_path = os.path.join(dst, entry.name)
        source = entry if plain_copy else from_path
        try:
            linked = entry.is_symlink()
            if linked and os.name == "nt":
                linked = False
            if linked:
                pointee = os.readlink(from_path)
                if symlinks:
                    _make_link(pointee, to_path)
                    copystat(source, to_path, follow_symlinks=not symlinks)
                    continue
                if not os.path.exists(pointee) and ignore_dangling_symlinks:
                    continue
                if entry.is_dir():
                    copytree(source, to_path, symlinks, ignore,
                             copy_function, ignore_dangling_symlinks,
                             dirs_exist_ok)
                else:
                    copy_function(source, to_path)
            elif entry.is_dir():
                copytree(source, to_path, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(source, to_path)
        except Error as exc:
            problems.extend(exc.args[0])
        except OSError as exc:
            problems.append((from_path, to_path, str(exc)))
    try:
        copystat(src, dst)
    except OSError as exc:
        if getattr(exc, "winerror", None) is None:
            problems.append((src, dst, str(exc)))
    if problems:
        raise Error(problems)
    return dst


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory src recursively to dst; return dst."""
    if isinstance(src, os.DirEntry):
        src = src.path
    with os.scandir(_as_path(src)) as listing:
        entries = list(listing)
    return _tree_copy(entries, src, dst, symlinks, ignore, copy_function,
                      ignore_dangling_symlinks, dirs_exist_ok)


def _walk_remove(top, report):
    # Depth-first removal; every failure goes through report(func, path, exc).
    try:
        with os.scandir(top) as listing:
            children = list(listing)
    except OSError as exc:
        report(os.scandir, top, exc)
        children = []
    for child in children:
        here = child.path
        try:
            descend = child.is_dir(follow_symlinks=False)
        except OSError:
            descend = False
        if descend:
            try:
                if child.is_symlink():
                    raise OSError("Cannot call rmtree on a symbolic link")
            except OSError as exc:
                report(os.path.islink, here, exc)
                continue
            _walk_remove(here, report)
        else:
            try:
                os.unlink(here)
            except OSError as exc:
                report(os.unlink, here, exc)
    try:
        os.rmdir(top)
    except OSError as exc:
        report(os.rmdir, top, exc)


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None,
           dir_fd=None):
    """Delete the directory tree rooted at path."""
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")

    if ignore_errors:
        def report(func, where, exc):
            pass
    elif onexc is not None:
        report = onexc
    elif onerror is not None:
        def report(func, where, exc):
            onerror(func, where, (type(exc), exc, exc.__traceback__))
    else:
        def report(func, where, exc):
            raise exc

    if isinstance(path, bytes):
        top = path
    else:
        top = os.fspath(path)
    try:
        info = os.lstat(top)
    except OSError as exc:
        report(os.lstat, top, exc)
        return
    if _kind(info) == _KIND_LINK:
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError as exc:
            report(os.path.islink, top, exc)
        return
    _walk_remove(top, report)


rmtree.avoids_symlink_attacks = False


def _trim_sep(path):
    seps = os.sep + (os.altsep or "")
    if isinstance(path, bytes):
        seps = os.fsencode(seps)
    return os.path.basename(path.rstrip(seps))


def _nested(src, dst):
    inner = os.path.abspath(src)
    outer = os.path.abspath(dst)
    if isinstance(inner, bytes):
        glue = os.fsencode(os.path.sep)
    else:
        glue = os.path.sep
    if not inner.endswith(glue):
        inner = inner + glue
    if not outer.endswith(glue):
        outer = outer + glue
    return outer.startswith(inner)


def move(src, dst, copy_function=copy2):
    """Move src to dst (like "mv"); return the final location."""
    landing = dst
    if os.path.isdir(dst):
        if _identical(src, dst):
            os.rename(src, dst)
            return
        landing = os.path.join(dst, _trim_sep(_as_path(src)))
        if os.path.exists(landing):
            raise Error("Destination path '%s' already exists" % landing)
    try:
        os.rename(src, landing)
        return landing
    except OSError:
        pass
    if _is_link(src):
        _make_link(os.readlink(src), landing)
        os.unlink(src)
    elif os.path.isdir(src):
        if _nested(src, dst):
            raise Error("Cannot move a directory '%s' into itself"
                        " '%s'." % (src, dst))
        copytree(src, landing, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, landing)
        os.unlink(src)
    return landing


_ntuple_diskusage = collections.namedtuple('usage', 'total used free')


def disk_usage(path):
    """Report (total, used, free) bytes for the filesystem of path."""
    probe = getattr(os, "statvfs", None)
    if probe is None:
        raise NotImplementedError(
            "disk_usage() is not supported: os.statvfs is not available")
    info = probe(path)
    whole = info.f_blocks * info.f_frsize
    avail = info.f_bavail * info.f_frsize
    taken = (info.f_blocks - info.f_bfree) * info.f_frsize
    return _ntuple_diskusage(whole, taken, avail)


def chown(path, user=None, group=None):
    """Change the owner of path (unsupported)."""
    raise NotImplementedError("chown() is not supported on Ferrython")


def _env_dimension(name):
    try:
        return int(os.environ[name])
    except (KeyError, ValueError):
        return 0


def get_terminal_size(fallback=(80, 24)):
    """Terminal size from COLUMNS/LINES, the tty, or fallback."""
    width = _env_dimension("COLUMNS")
    height = _env_dimension("LINES")
    if width <= 0 or height <= 0:
        try:
            queried = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError, TypeError):
            queried = os.terminal_size(fallback)
        if width <= 0:
            width = queried.columns or fallback[0]
        if height <= 0:
            height = queried.lines or fallback[1]
    return os.terminal_size((width, height))


def _runnable(candidate, mode):
    return (os.path.exists(candidate) and os.access(candidate, mode)
            and not os.path.isdir(candidate))


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """Locate an executable named cmd along path (default $PATH)."""
    if isinstance(cmd, bytes):
        # Work on str paths (Ferrython's os.path lacks bytes support) and
        # hand back bytes.
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        found = which(os.fsdecode(cmd), mode, path)
        return None if found is None else os.fsencode(found)
    if os.path.dirname(cmd):
        return cmd if _runnable(cmd, mode) else None

    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    folders = os.fsdecode(path).split(os.pathsep)

    visited = set()
    for folder in folders:
        key = os.path.normcase(folder)
        if key in visited:
            continue
        visited.add(key)
        candidate = os.path.join(folder, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None


def _no_archives(*args, **kwargs):
    raise NotImplementedError(
        "archive support is not implemented in Ferrython's shutil")


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None, logger=None):
    """Archive creation (unsupported)."""
    _no_archives()


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    """Archive extraction (unsupported)."""
    _no_archives()


def get_archive_formats():
    """Archive format listing (unsupported)."""
    _no_archives()


def register_archive_format(name, function, extra_args=None, description=''):
    """Archive format registration (unsupported)."""
    _no_archives()


def unregister_archive_format(name):
    """Archive format removal (unsupported)."""
    _no_archives()


def get_unpack_formats():
    """Unpack format listing (unsupported)."""
    _no_archives()


def register_unpack_format(name, extensions, function, extra_args=None,
                           description=''):
    """Unpack format registration (unsupported)."""
    _no_archives()


def unregister_unpack_format(name):
    """Unpack format removal (unsupported)."""
    _no_archives()
