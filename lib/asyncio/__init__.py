"""A single-threaded asyncio: event loop, futures, tasks, synchronisation
primitives and queues (no sockets, subprocesses or threads)."""

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

from . import base_events, coroutines, events, exceptions, futures, locks
from . import queues, runners, taskgroups, tasks, threads, timeouts

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ +
           exceptions.__all__ + futures.__all__ + locks.__all__ +
           queues.__all__ + runners.__all__ + taskgroups.__all__ +
           tasks.__all__ + threads.__all__ + timeouts.__all__)

DefaultEventLoopPolicy = events.DefaultEventLoopPolicy
