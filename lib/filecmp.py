"""Compare files and directory trees: cmp(), cmpfiles() and the lazily
computed dircmp class."""

import os
import stat
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

_cache = {}
BUFSIZE = 8 * 1024

DEFAULT_IGNORES = ['RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs',
                   '__pycache__']


def clear_cache():
    """Forget the remembered results of earlier cmp() calls."""
    _cache.clear()


def _signature(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def cmp(f1, f2, shallow=True):
    """Return True if the two files look equal.

    With shallow true, files whose type, size and modification time agree
    are taken as equal without reading them."""
    s1 = _signature(os.stat(f1))
    s2 = _signature(os.stat(f2))
    if not (s1[0] == s2[0] == stat.S_IFREG):
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    key = (f1, f2, s1, s2)
    result = _cache.get(key)
    if result is None:
        result = _same_contents(f1, f2)
        if len(_cache) > 100:
            clear_cache()
        _cache[key] = result
    return result


def _same_contents(f1, f2):
    with open(f1, 'rb') as a, open(f2, 'rb') as b:
        while True:
            chunk1 = a.read(BUFSIZE)
            chunk2 = b.read(BUFSIZE)
            if chunk1 != chunk2:
                return False
            if not chunk1:
                return True


def _without(names, skip):
    return [name for name in names if name not in skip]


class dircmp:
    """Compare the directories a and b.  Attributes are computed on first
    access: left_list, right_list, common, left_only, right_only,
    common_dirs, common_files, common_funny, same_files, diff_files,
    funny_files and subdirs (a dict of dircmp objects)."""

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):
        skip = self.hide + self.ignore
        self.left_list = _without(os.listdir(self.left), skip)
        self.right_list = _without(os.listdir(self.right), skip)
        self.left_list.sort()
        self.right_list.sort()

    def phase1(self):
        left = dict(zip(map(os.path.normcase, self.left_list), self.left_list))
        right = dict(zip(map(os.path.normcase, self.right_list), self.right_list))
        self.common = [left[k] for k in left if k in right]
        self.left_only = [left[k] for k in left if k not in right]
        self.right_only = [right[k] for k in right if k not in left]

    def phase2(self):
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            kinds = []
            for side in (self.left, self.right):
                try:
                    kinds.append(stat.S_IFMT(os.stat(os.path.join(side, name)).st_mode))
                except (OSError, ValueError):
                    kinds.append(None)
            a_kind, b_kind = kinds
            if a_kind is None or b_kind is None or a_kind != b_kind:
                self.common_funny.append(name)
            elif stat.S_ISDIR(a_kind):
                self.common_dirs.append(name)
            elif stat.S_ISREG(a_kind):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files)

    def phase4(self):
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = self.__class__(os.path.join(self.left, name),
                                                os.path.join(self.right, name),
                                                self.ignore, self.hide)

    def phase4_closure(self):
        self.phase4()
        for sub in self.subdirs.values():
            sub.phase4_closure()

    _REPORT_LINES = (('left_only', None), ('right_only', None),
                     ('same_files', 'Identical files'),
                     ('diff_files', 'Differing files'),
                     ('funny_files', 'Trouble with common files'),
                     ('common_dirs', 'Common subdirectories'),
                     ('common_funny', 'Common funny cases'))

    def report(self):
        """Print a summary of the differences between left and right."""
        print('diff %s %s' % (self.left, self.right))
        for attr, label in self._REPORT_LINES:
            names = getattr(self, attr)
            if not names:
                continue
            names.sort()
            if label is None:
                where = self.left if attr == 'left_only' else self.right
                label = 'Only in %s' % (where,)
            print('%s : %s' % (label, names))

    def report_partial_closure(self):
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    # which phase computes each lazily evaluated attribute
    methodmap = {}
    for _phase, _names in ((phase0, 'left_list right_list'),
                           (phase1, 'common left_only right_only'),
                           (phase2, 'common_dirs common_files common_funny'),
                           (phase3, 'same_files diff_files funny_files'),
                           (phase4, 'subdirs')):
        for _attr in _names.split():
            methodmap[_attr] = _phase
    del _phase, _names, _attr

    def __getattr__(self, attr):
        compute = self.methodmap.get(attr)
        if compute is None:
            raise AttributeError(attr)
        compute(self)
        return object.__getattribute__(self, attr)

    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)


def cmpfiles(a, b, common, shallow=True):
    """Compare the files named in common inside directories a and b.

    Returns (equal, different, trouble) lists of names."""
    result = ([], [], [])
    for name in common:
        result[_outcome(os.path.join(a, name), os.path.join(b, name), shallow)].append(name)
    return result


def _outcome(a, b, shallow):
    # 0: equal, 1: different, 2: could not compare
    try:
        return 0 if cmp(a, b, shallow) else 1
    except (OSError, ValueError):
        return 2
