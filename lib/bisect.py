"""Binary search in sorted sequences: bisect_left/right, insort_left/right."""

# CPython implements this module in C: its frames stay out of tracebacks and profiles.
__native_module__ = True

from operator import index as _index

__all__ = ['bisect', 'bisect_left', 'bisect_right',
           'insort', 'insort_left', 'insort_right']


def _bounds(a, lo, hi):
    lo = _index(lo)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    else:
        try:
            hi = _index(hi)
        except TypeError:
            raise TypeError('argument should be integer or None, not %r'
                            % type(hi).__name__) from None
        if hi == -1:
            hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Index where x would go in sorted a, after any items equal to x."""
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Index where x would go in sorted a, before any items equal to x."""
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a, after any items equal to x."""
    if key is None:
        pos = bisect_right(a, x, lo, hi)
    else:
        pos = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(pos, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a, before any items equal to x."""
    if key is None:
        pos = bisect_left(a, x, lo, hi)
    else:
        pos = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(pos, x)


bisect = bisect_right
insort = insort_right
