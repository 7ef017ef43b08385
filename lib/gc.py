"""Interface to the cycle collector (the collector itself is native: `_gc`)."""

import _gc

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL

# Objects the collector could not free; it frees every cycle, so this stays empty unless a
# program puts something here itself.
garbage = []
# Called as callback(phase, info) before ("start") and after ("stop") each gc.collect().
callbacks = []

_threshold = (700, 10, 10)
_debug = 0

enable = _gc.enable
disable = _gc.disable
isenabled = _gc.isenabled
is_tracked = _gc.is_tracked
is_finalized = _gc.is_finalized


def collect(generation=2):
    """Runs a full collection; returns how many unreachable objects it found."""
    if type(generation) is not int and not isinstance(generation, int):
        raise TypeError(
            f"'{type(generation).__name__}' object cannot be interpreted as an integer")
    if generation < 0 or generation > 2:
        raise ValueError("invalid generation")
    for cb in list(callbacks):
        cb("start", {"generation": generation, "collected": 0, "uncollectable": 0})
    n = _gc.collect()
    for cb in list(callbacks):
        cb("stop", {"generation": generation, "collected": n, "uncollectable": 0})
    return n


def get_count():
    return (_gc.pending(), 0, 0)


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _threshold
    t = list(_threshold)
    for i, v in enumerate((threshold0, threshold1, threshold2)):
        if v is not None:
            t[i] = v.__index__()
    _threshold = tuple(t)


def get_debug():
    return _debug


def set_debug(flags):
    global _debug
    _debug = flags.__index__()


def get_stats():
    collections, collected = _gc.stats()
    return [
        {"collections": 0, "collected": 0, "uncollectable": 0},
        {"collections": 0, "collected": 0, "uncollectable": 0},
        {"collections": collections, "collected": collected, "uncollectable": 0},
    ]


def get_objects(generation=None):
    if generation is not None:
        if generation < 0:
            raise ValueError("generation parameter must be >= 0")
        if generation >= 3:
            raise ValueError("generation parameter cannot be greater than 2")
    return _gc.get_objects()


def get_referents(*objs):
    return _gc.get_referents(*objs)


def get_referrers(*objs):
    found = []
    for o in _gc.get_objects():
        if o is objs or o is found:
            continue
        for r in _gc.get_referents(o):
            if any(r is x for x in objs):
                found.append(o)
                break
    return found


freeze = _gc.freeze
unfreeze = _gc.unfreeze
get_freeze_count = _gc.get_freeze_count
