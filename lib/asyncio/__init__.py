"""Asynchronous I/O framework (event loop, tasks, synchronization).

Ferrython's implementation covers the event loop, futures, tasks and the
high-level helpers; network, subprocess and thread facilities are absent.
"""

import sys

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .taskgroups import *
from .tasks import *
from .threads import *
from .timeouts import *

__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           queues.__all__ +
           runners.__all__ +
           taskgroups.__all__ +
           tasks.__all__ +
           threads.__all__ +
           timeouts.__all__)


def _not_available(name):
    def stub(*args, **kwargs):
        raise NotImplementedError(
            f'asyncio.{name}() is not supported by this implementation '
            f'(no network/subprocess support)')
    stub.__name__ = stub.__qualname__ = name
    return stub


for _name in ('open_connection', 'start_server', 'open_unix_connection',
              'start_unix_server', 'create_subprocess_exec',
              'create_subprocess_shell'):
    globals()[_name] = _not_available(_name)
del _name
