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
