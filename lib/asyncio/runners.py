"""asyncio.run() and the Runner context manager."""

import contextvars

__all__ = ('Runner', 'run')

from . import coroutines
from . import events
from . import tasks

_active = events._get_running_loop

# Runner life cycle.
_FRESH, _READY, _SHUT = range(3)


class Runner:
    """Owns an event loop for running several top-level coroutines.

    Use as a context manager; on close() remaining tasks are cancelled
    and the loop is closed.
    """

    def __init__(self, *, debug=None, loop_factory=None):
        self._stage = _FRESH
        self._want_debug = debug
        self._make_loop = loop_factory
        self._ev_loop = None
        self._installed = False
        # The tasks run() starts share one context, a copy of the caller's.
        self._context = None

    def __enter__(self):
        self._prepare()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        """Cancel leftovers, finalize and close the loop."""
        if self._stage != _READY:
            return
        ev_loop = self._ev_loop
        try:
            _cancel_remaining(ev_loop)
            for finalizer in (ev_loop.shutdown_asyncgens,
                              ev_loop.shutdown_default_executor):
                ev_loop.run_until_complete(finalizer())
        finally:
            if self._installed:
                events.set_event_loop(loop=None)
            ev_loop.close()
            self._ev_loop = None
            self._stage = _SHUT

    def get_loop(self):
        """The runner's loop (created on first use)."""
        self._prepare()
        return self._ev_loop

    def run(self, coro, *, context=None):
        """Run *coro* to completion in the runner's loop."""
        acceptable = coroutines.iscoroutine(coro)
        if not acceptable:
            raise ValueError('a coroutine was expected, got %r' % (coro,))
        if _active() is not None:
            raise RuntimeError(
                'Runner.run() cannot be called from a running event loop')
        self._prepare()
        if context is None:
            if self._context is None:
                self._context = contextvars.copy_context()
            context = self._context
        main_task = self._ev_loop.create_task(coro, context=context)
        return self._ev_loop.run_until_complete(main_task)

    def _prepare(self):
        if self._stage == _SHUT:
            raise RuntimeError('Runner is closed')
        if self._stage == _READY:
            return
        if self._make_loop is not None:
            self._ev_loop = self._make_loop()
        else:
            self._ev_loop = events.new_event_loop()
            if not self._installed:
                events.set_event_loop(self._ev_loop)
                self._installed = True
        if self._want_debug is not None:
            self._ev_loop.set_debug(self._want_debug)
        self._stage = _READY


def run(main, *, debug=None, loop_factory=None):
    """Run coroutine *main* in a fresh event loop and return its result.

    Tasks still pending when *main* finishes are cancelled; the loop is
    closed afterwards.
    """
    if _active() is not None:
        raise RuntimeError(
            'asyncio.run() cannot be called from a running event loop')
    runner = Runner(debug=debug, loop_factory=loop_factory)
    with runner:
        return runner.run(main)


def _cancel_remaining(ev_loop):
    leftovers = tasks.all_tasks(ev_loop)
    if not leftovers:
        return
    for t in leftovers:
        t.cancel()
    ev_loop.run_until_complete(tasks.gather(*leftovers, return_exceptions=True))
    for t in leftovers:
        problem = None if t.cancelled() else t.exception()
        if problem is None:
            continue
        ev_loop.call_exception_handler({
            'message': 'unhandled exception during asyncio.run() shutdown',
            'exception': problem,
            'task': t,
        })
