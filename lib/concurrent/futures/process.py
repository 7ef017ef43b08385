"""ProcessPoolExecutor stand-in for Ferrython.

Ferrython cannot fork worker processes, so submitted calls run in the
calling process and thread, synchronously at submit() time.  The public
interface and its errors follow CPython; note that the calls share this
process's globals and that arguments are not pickled.
"""

import os

from concurrent.futures import _base
from concurrent.futures.thread import _Job


class BrokenProcessPool(_base.BrokenExecutor):
    """The (emulated) worker process died; the pool cannot be used."""


_DEAD_WORKER = ('A process in the process pool was terminated abruptly '
                'while the future was running or pending.')


def _check_pool_arguments(max_workers, initializer, max_tasks_per_child):
    """Raise the errors CPython's constructor raises for bad arguments."""
    if max_workers is not None and max_workers <= 0:
        raise ValueError("max_workers must be greater than 0")
    if not (initializer is None or callable(initializer)):
        raise TypeError("initializer must be a callable")
    if max_tasks_per_child is not None:
        integral = isinstance(max_tasks_per_child, int)
        if not integral:
            raise TypeError("max_tasks_per_child must be an integer")
        if max_tasks_per_child < 1:
            raise ValueError("max_tasks_per_child must be >= 1")


class ProcessPoolExecutor(_base.Executor):

    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        """Check the arguments the way CPython does; no process is made."""
        _check_pool_arguments(max_workers, initializer, max_tasks_per_child)
        if max_workers is None:
            counter = getattr(os, "cpu_count", None)
            max_workers = (counter() if counter is not None else None) or 1
        self._max_workers, self._mp_context = max_workers, mp_context
        self._initializer, self._initargs = initializer, initargs
        self._max_tasks_per_child = max_tasks_per_child or None
        self._must_initialize = initializer is not None
        self._broken = False
        self._closed = False

    def _prepare_worker(self):
        """Run the initializer once, as a single worker process would."""
        self._must_initialize = False
        try:
            setup, setup_args = self._initializer, self._initargs
            setup(*setup_args)
        except BaseException:
            _base.LOGGER.critical("Exception in initializer:", exc_info=True)
            self._broken = ('A child process terminated abruptly, the '
                            'process pool is not usable anymore')
            return False
        return True

    def submit(self, fn, /, *args, **kwargs):
        """Run fn(*args, **kwargs) right away; return a finished Future."""
        if self._broken:
            raise BrokenProcessPool(self._broken)
        if self._closed:
            raise RuntimeError('cannot schedule new futures after shutdown')
        fut = _base.Future()
        if self._must_initialize and not self._prepare_worker():
            fut.set_exception(BrokenProcessPool(_DEAD_WORKER))
        else:
            _Job(fut, fn, args, kwargs).execute()
        return fut

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Ordered results of fn over iterables; chunksize is accepted
        for compatibility only."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return _base.Executor.map(self, fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Refuse further submissions (all work is already done)."""
        self._closed = True
