"""The value `sys.get_asyncgen_hooks()` returns."""

from collections import namedtuple as _namedtuple

asyncgen_hooks = _namedtuple('asyncgen_hooks', ['firstiter', 'finalizer'])
asyncgen_hooks.__module__ = 'sys'
