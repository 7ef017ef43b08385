"""ThreadPoolExecutor on emulated threads.

Each pool owns worker Thread objects that stay alive (is_alive() is True,
threading.local data persists) until shutdown().  A submitted call runs at
once in an idle worker, synchronously.  If every worker is busy further up
the call stack (a call submitted from inside a call), the job waits in a
backlog and the first worker to come back runs it.
"""

import collections
import itertools
import os
import threading

from concurrent.futures import _base

_pool_serial = itertools.count()


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer raised; the pool refuses further work."""


class _Job:
    __slots__ = ("future", "fn", "args", "kwargs")

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def execute(self):
        fut = self.future
        if fut.set_running_or_notify_cancel() is False:
            return   # cancelled while waiting in the backlog
        try:
            value = self.fn(*self.args, **self.kwargs)
        except BaseException as problem:
            fut.set_exception(problem)
            problem = None
        else:
            fut.set_result(value)


def _default_worker_count():
    counter = getattr(os, "cpu_count", None)
    cpus = counter() if counter is not None else None
    return min(32, (cpus or 1) + 4)


class ThreadPoolExecutor(_base.Executor):

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None,
                 initargs=()):
        """Create a pool of at most max_workers emulated threads."""
        if max_workers is None:
            max_workers = _default_worker_count()
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if not (initializer is None or callable(initializer)):
            raise TypeError("initializer must be a callable")
        if not thread_name_prefix:
            thread_name_prefix = "ThreadPoolExecutor-%d" % next(_pool_serial)
        self._max_workers, self._thread_name_prefix = (max_workers,
                                                       thread_name_prefix)
        self._initializer, self._initargs = initializer, initargs
        self._threads = []      # every worker ever started, in order
        self._idle = []         # workers not currently running a job
        self._backlog = collections.deque()
        self._broken = False
        self._shutdown = False

    def submit(self, fn, /, *args, **kwargs):
        """Run fn(*args, **kwargs) in a worker now (or once one is free)."""
        if self._broken:
            raise BrokenThreadPool(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        fut = _base.Future()
        self._backlog.append(_Job(fut, fn, args, kwargs))
        self._dispatch()
        return fut

    def _dispatch(self):
        while self._backlog and not self._broken:
            worker = self._claim_worker()
            if worker is None:
                return  # all workers busy up the stack; one will drain it
            try:
                while self._backlog and not self._broken:
                    worker._call_inside(self._backlog.popleft().execute)
            finally:
                if self._shutdown:
                    worker._finish()
                else:
                    self._idle.append(worker)

    def _claim_worker(self):
        if self._idle:
            return self._idle.pop(0)
        if len(self._threads) >= self._max_workers:
            return None
        name = '%s_%d' % (self._thread_name_prefix, len(self._threads))
        worker = threading.Thread(name=name)
        worker._begin()
        self._threads.append(worker)
        if self._initializer is not None:
            try:
                worker._call_inside(self._initializer, *self._initargs)
            except BaseException:
                _base.LOGGER.critical("Exception in initializer:",
                                      exc_info=True)
                worker._finish()
                self._fail_backlog()
                return None
        return worker

    def _fail_backlog(self):
        self._broken = ('A thread initializer failed, the thread pool '
                        'is not usable anymore')
        while self._backlog:
            fut = self._backlog.popleft().future
            if not fut.done():
                fut.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Stop accepting work; idle workers end now, busy ones when done."""
        self._shutdown = True
        if cancel_futures:
            while self._backlog:
                self._backlog.popleft().future.cancel()
        # Busy workers stop once they return to _dispatch().
        for worker in self._idle:
            worker._finish()
        self._idle = []
