"""Iterate over the lines of several files (or stdin) as one stream, with
optional in-place rewriting of each file."""

import os
import sys
from types import GenericAlias

__all__ = ['input', 'close', 'nextfile', 'filename', 'lineno', 'filelineno',
           'fileno', 'isfirstline', 'isstdin', 'FileInput', 'hook_compressed',
           'hook_encoded']

_state = None


def input(files=None, inplace=False, backup='', *, mode='r', openhook=None, encoding=None, errors=None):
    """Create the module-wide FileInput instance and return it."""
    global _state
    if _state is not None and _state._handle:
        raise RuntimeError('input() already active')
    options = dict(mode=mode, openhook=openhook, encoding=encoding, errors=errors)
    _state = FileInput(files, inplace, backup, **options)
    return _state


def close():
    """Close the module-wide input sequence."""
    global _state
    current, _state = _state, None
    if current is not None:
        current.close()


def _active():
    if _state is None:
        raise RuntimeError('no active input()')
    return _state


def nextfile():
    """Skip to the next file of the module-wide sequence."""
    return _active().nextfile()


def filename():
    """Name of the file being read (None before the first line)."""
    return _active().filename()


def lineno():
    """Cumulative number of the last line read."""
    return _active().lineno()


def filelineno():
    """Number of the last line read within the current file."""
    return _active().filelineno()


def fileno():
    """File descriptor of the current file, or -1."""
    return _active().fileno()


def isfirstline():
    """True if the last line read was the first of its file."""
    return _active().isfirstline()


def isstdin():
    """True if the last line read came from sys.stdin."""
    return _active().isstdin()


class _StdoutProxy:
    # Stands in for sys.stdout during in-place editing and forwards
    # everything to the output file.
    def __init__(self, target):
        self._target = target

    def write(self, text):
        return self._target.write(text)

    def writelines(self, lines):
        return self._target.writelines(lines)

    def flush(self):
        return self._target.flush()

    def __getattr__(self, name):
        return getattr(self._target, name)


class FileInput:
    """Iterator over the lines of a sequence of files."""

    def __init__(self, files=None, inplace=False, backup='', *, mode='r', openhook=None, encoding=None, errors=None):
        if isinstance(files, (str, os.PathLike)):
            names = (os.fspath(files),)
        else:
            names = tuple(sys.argv[1:] if files is None else files) or ('-',)
        if mode != 'r' and mode != 'rb':
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        if openhook:
            if inplace:
                raise ValueError('FileInput cannot use an opening hook in inplace mode')
            if not callable(openhook):
                raise ValueError('FileInput openhook must be callable')
        self._pending = names
        self._inplace = inplace
        self._backup = backup
        self._binary = mode == 'rb'
        self._mode = mode
        self._hook = openhook
        self._enc = encoding
        self._errs = errors
        # state of the file currently being read
        self._name = None
        self._handle = None
        self._reader = None
        self._from_stdin = False
        self._start = 0
        self._count = 0
        self._backup_path = None
        self._out = None
        self._saved_stdout = None

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def close(self):
        try:
            self.nextfile()
        finally:
            self._pending = ()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self):
        while True:
            line = self._next_line()
            if line:
                self._count += 1
                return line
            if self._handle is None:
                return line
            self.nextfile()

    def nextfile(self):
        saved, self._saved_stdout = self._saved_stdout, None
        if saved:
            sys.stdout = saved
        out, self._out = self._out, None
        try:
            if out:
                out.close()
        finally:
            handle, self._handle = self._handle, None
            self._reader = None
            try:
                if handle is not None and not self._from_stdin:
                    handle.close()
            finally:
                leftover, self._backup_path = self._backup_path, None
                if leftover and not self._backup:
                    try:
                        os.unlink(leftover)
                    except OSError:
                        pass
                self._from_stdin = False

    def _next_line(self):
        if self._reader is None:
            if not self._pending:
                return b'' if self._binary else ''
            self._open_next()
        return self._reader()

    def _open_next(self):
        name = self._pending[0]
        self._pending = self._pending[1:]
        self._start += self._count
        self._count = 0
        self._name = name
        self._from_stdin = False
        enc = None if self._binary else (self._enc or 'locale')
        if name == '-':
            self._name = '<stdin>'
            self._from_stdin = True
            stream = sys.stdin
            if self._binary:
                stream = getattr(stream, 'buffer', stream)
            self._handle = stream
        elif self._inplace:
            self._start_inplace(name, enc)
        elif self._hook:
            if self._enc is None:
                self._handle = self._hook(name, self._mode)
            else:
                self._handle = self._hook(name, self._mode, encoding=self._enc,
                                          errors=self._errs)
        else:
            self._handle = open(name, self._mode, encoding=enc, errors=self._errs)
        self._reader = self._handle.readline

    def _start_inplace(self, name, enc):
        # read from a renamed copy while stdout writes the new contents
        moved = os.fspath(name) + (self._backup or '.bak')
        self._backup_path = moved
        try:
            os.unlink(moved)
        except OSError:
            pass
        os.rename(name, moved)
        self._handle = open(moved, self._mode, encoding=enc, errors=self._errs)
        try:
            permissions = os.stat(moved).st_mode & 0o7777
        except OSError:
            permissions = None
        self._out = open(name, 'wb' if self._binary else 'w', encoding=enc,
                         errors=self._errs)
        if permissions is not None:
            try:
                os.chmod(name, permissions)
            except OSError:
                pass
        self._saved_stdout = sys.stdout
        sys.stdout = _StdoutProxy(self._out)

    def filename(self):
        return self._name

    def lineno(self):
        return self._start + self._count

    def filelineno(self):
        return self._count

    def fileno(self):
        if not self._handle:
            return -1
        try:
            return self._handle.fileno()
        except ValueError:
            return -1

    def isfirstline(self):
        return self._count == 1

    def isstdin(self):
        return self._from_stdin

    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """Open hook that decompresses .gz and .bz2 files."""
    suffix = os.path.splitext(filename)[1]
    if suffix not in ('.gz', '.bz2'):
        if encoding is None and 'b' not in mode:
            encoding = 'locale'
        return open(filename, mode, encoding=encoding, errors=errors)
    try:
        if suffix == '.gz':
            import gzip
            raw = gzip.open(filename, mode)
        else:
            import bz2
            raw = bz2.BZ2File(filename, mode)
    except ImportError:
        raise NotImplementedError('hook_compressed: no %s support available'
                                  % suffix[1:]) from None
    if 'b' in mode:
        return raw
    import io
    return io.TextIOWrapper(raw, encoding=encoding or 'locale', errors=errors)


def hook_encoded(encoding, errors=None):
    """Return an open hook that opens files with the given encoding."""
    def opener(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return opener
