"""Small helpers shared by the unittest modules: printable reprs, class names
and the element-count comparisons behind assertCountEqual."""

import collections

__unittest = True

# A repr longer than this is abbreviated in assertion messages.
_REPR_LIMIT = 80
# Room taken by a "[N chars]" marker; eliding fewer characters saves nothing.
_MARKER_ROOM = 12
# How much of an abbreviated run is kept in front of and behind the marker.
_KEEP_FRONT = 5
_KEEP_BACK = 5
# The smallest piece of a shared prefix worth showing after its marker.
_MIN_SHARED_TAIL = 5
# How much of the differing part of a repr survives when everything is long:
# what is left of the limit besides two elided runs with their markers.
_KEEP_DIFFERING = _REPR_LIMIT - (_KEEP_FRONT + _MARKER_ROOM + _MIN_SHARED_TAIL
                                 + _MARKER_ROOM + _KEEP_BACK)


def safe_repr(obj, short=False):
    """repr(obj), falling back on object.__repr__ when the type's own
    __repr__ fails; with short=True, long results are cut at 80 characters."""
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _REPR_LIMIT:
        return text[:_REPR_LIMIT] + ' [truncated]...'
    return text


def strclass(cls):
    """The dotted name of a class: its module plus its qualified name."""
    return '%s.%s' % (cls.__module__, cls.__qualname__)


def three_way_cmp(x, y):
    """Old-style comparison: negative, zero or positive like cmp() was."""
    return (x > y) - (x < y)


def _elide(text, front, back):
    """Put "[N chars]" in place of the middle of *text*, keeping *front*
    characters before and *back* characters after, when that shortens it."""
    dropped = len(text) - front - back
    if dropped <= _MARKER_ROOM:
        return text
    return '%s[%d chars]%s' % (text[:front], dropped, text[len(text) - back:])


def _shared_start(texts):
    """The longest string every one of *texts* starts with."""
    low, high = min(texts), max(texts)
    size = 0
    limit = min(len(low), len(high))
    while size < limit and low[size] == high[size]:
        size += 1
    return low[:size]


def _common_shorten_repr(*objects):
    """The reprs of *objects*, abbreviated together so that the place where
    they start to differ stays visible within about 80 characters."""
    reprs = [safe_repr(obj) for obj in objects]
    longest = max(len(text) for text in reprs)
    if longest <= _REPR_LIMIT:
        return tuple(reprs)
    shared = _shared_start(reprs)
    cut = len(shared)
    # Room left for the end of the shared prefix once the longest differing
    # part, the first characters and a marker are accounted for.
    room = _REPR_LIMIT - (longest - cut) - _KEEP_FRONT - _MARKER_ROOM
    if room > _MIN_SHARED_TAIL:
        head = _elide(shared, _KEEP_FRONT, room)
        return tuple(head + text[cut:] for text in reprs)
    head = _elide(shared, _KEEP_FRONT, _MIN_SHARED_TAIL)
    return tuple(head + _elide(text[cut:], _KEEP_DIFFERING, _KEEP_BACK)
                 for text in reprs)


def sorted_list_difference(expected, actual):
    """Compare two sorted lists.

    Returns (missing, unexpected): the items of *expected* absent from
    *actual* and the items of *actual* absent from *expected*. Each distinct
    item is reported at most once.
    """
    missing, unexpected = [], []
    i = j = 0
    while i < len(expected) and j < len(actual):
        want, got = expected[i], actual[j]
        if want < got:
            missing.append(want)
            i = _skip_equal(expected, i)
        elif got < want:
            unexpected.append(got)
            j = _skip_equal(actual, j)
        else:
            i = _skip_equal(expected, i)
            j = _skip_equal(actual, j)
    # Whatever is left over in one list is reported as it is, repeats included.
    missing += expected[i:]
    unexpected += actual[j:]
    return missing, unexpected


def _skip_equal(items, index):
    """The first index after *index* whose item differs from items[index]."""
    value = items[index]
    index += 1
    while index < len(items) and items[index] == value:
        index += 1
    return index


def unorderable_list_difference(expected, actual):
    """Like sorted_list_difference, for items that cannot be ordered.

    Works by linear search, so it is quadratic. Both lists are consumed:
    matched items are removed from *actual*, which ends up holding the
    unexpected items.
    """
    missing = []
    while expected:
        item = expected.pop()
        try:
            actual.remove(item)
        except ValueError:
            missing.append(item)
    return missing, actual


def count_differences(first, second):
    """Compare how often each element occurs in two sequences.

    Returns a list of (count in first, count in second, element) for every
    element whose counts differ: first the elements of *first* in order of
    first appearance, then those found only in *second*. Elements that are
    not hashable are compared with ==, which is slower.
    """
    try:
        counts_a = collections.Counter(first)
        counts_b = collections.Counter(second)
    except TypeError:
        return _count_by_equality(list(first), list(second))
    report = []
    for element, seen in counts_a.items():
        other = counts_b.get(element, 0)
        if seen != other:
            report.append((seen, other, element))
    for element, other in counts_b.items():
        if element not in counts_a:
            report.append((0, other, element))
    return report


def _count_by_equality(first, second):
    """count_differences for elements that may be unhashable."""
    used_a = [False] * len(first)
    used_b = [False] * len(second)

    def take(items, used, element, start=0):
        found = 0
        for index in range(start, len(items)):
            if not used[index] and items[index] == element:
                used[index] = True
                found += 1
        return found

    report = []
    for index, element in enumerate(first):
        if used_a[index]:
            continue
        seen = take(first, used_a, element, index)
        other = take(second, used_b, element)
        if seen != other:
            report.append((seen, other, element))
    for index, element in enumerate(second):
        if not used_b[index]:
            report.append((0, take(second, used_b, element, index), element))
    return report
