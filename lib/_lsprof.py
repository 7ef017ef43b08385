"""Deterministic profiler behind cProfile (the timing is done natively)."""

import _lsprof_native


class _Record(tuple):
    """Base of the stat records: a tuple whose fields also have names."""

    _fields = ()

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __getattr__(self, name):
        try:
            return self[self._fields.index(name)]
        except ValueError:
            raise AttributeError(
                f"'{type(self).__name__}' object has no attribute '{name}'") from None

    def __repr__(self):
        inner = ", ".join(f"{n}={v!r}" for n, v in zip(self._fields, self))
        return f"_lsprof.{type(self).__name__}({inner})"


class profiler_subentry(_Record):
    _fields = ("code", "callcount", "reccallcount", "totaltime", "inlinetime")


class profiler_entry(_Record):
    _fields = ("code", "callcount", "reccallcount", "totaltime", "inlinetime", "calls")


class Profiler:
    """Profiler(timer=None, timeunit=0.0, subcalls=True, builtins=True)

    Records, for every function called while enabled, how often it ran and how long.
    """

    __tp_name__ = "_lsprof.Profiler"

    def __init__(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        if timer is not None:
            raise NotImplementedError("Ferrython's profiler supports only its own timer")
        self._subcalls = bool(subcalls)
        self._builtins = bool(builtins)
        _lsprof_native._reset(self)

    def getstats(self):
        out = []
        for code, nc, rc, tt, it, calls in _lsprof_native._getstats(self):
            if calls is not None:
                calls = [profiler_subentry(c) for c in calls]
            out.append(profiler_entry((code, nc, rc, tt, it, calls)))
        return out

    def clear(self):
        _lsprof_native._reset(self)


# enable(subcalls=True, builtins=True) and disable() are native methods.
_lsprof_native._install(Profiler)
