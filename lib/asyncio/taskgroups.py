"""TaskGroup: structured concurrency for a set of child tasks."""

__all__ = ('TaskGroup',)

from . import events
from . import exceptions
from . import tasks


def _is_fatal(exc):
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


class TaskGroup:
    """Async context manager owning a set of tasks.

    Leaving the block waits for every child.  The first child failure
    cancels the rest (and the body); all failures are then raised together
    as an ExceptionGroup.
    """

    def __init__(self):
        self._inside = False
        self._closing = False
        self._shutting_down = False
        self._ev_loop = None
        self._host = None
        self._host_cancelled_by_us = False
        self._children = set()
        self._failures = []
        self._fatal = None
        self._drained = None

    def __repr__(self):
        text = '<TaskGroup'
        if self._children:
            text += f' tasks={len(self._children)}'
        if self._failures:
            text += f' errors={len(self._failures)}'
        if self._shutting_down:
            text += ' cancelling'
        elif self._inside:
            text += ' entered'
        return text + '>'

    async def __aenter__(self):
        if self._inside:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        if self._ev_loop is None:
            self._ev_loop = events.get_running_loop()
        host = tasks.current_task(self._ev_loop)
        if host is None:
            raise RuntimeError(
                f'TaskGroup {self!r} cannot determine the parent task')
        self._host = host
        self._inside = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._closing = True
        if exc is not None and self._fatal is None and _is_fatal(exc):
            self._fatal = exc

        # A CancelledError from the body is re-raised at the end unless it
        # was caused by our own cancellation of the host task.
        reraise_cancel = None
        if et is exceptions.CancelledError:
            reraise_cancel = exc
        if self._host_cancelled_by_us and self._host.uncancel() == 0:
            reraise_cancel = None

        if et is not None and not self._shutting_down:
            self._cancel_children()

        while self._children:
            if self._drained is None:
                self._drained = self._ev_loop.create_future()
            try:
                await self._drained
            except exceptions.CancelledError as outside:
                # Cancelled from outside while waiting for the children.
                if not self._shutting_down:
                    reraise_cancel = outside
                    self._cancel_children()
            self._drained = None

        if self._fatal is not None:
            raise self._fatal
        if reraise_cancel is not None and not self._failures:
            raise reraise_cancel
        if et is not None and et is not exceptions.CancelledError:
            self._failures.append(exc)
        if self._failures:
            collected, self._failures = self._failures, None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup',
                                     collected) from None

    def create_task(self, coro, *, name=None, context=None):
        """Start *coro* as a child task of the group."""
        problem = None
        if not self._inside:
            problem = 'has not been entered'
        elif self._closing and not self._children:
            problem = 'is finished'
        elif self._shutting_down:
            problem = 'is shutting down'
        if problem is not None:
            coro.close()
            raise RuntimeError(f'TaskGroup {self!r} {problem}')
        options = {'name': name}
        if context is not None:
            options['context'] = context
        child = self._ev_loop.create_task(coro, **options)
        if child.done():
            # An eager task may already have finished.
            self._on_child_done(child)
        else:
            self._children.add(child)
            child.add_done_callback(self._on_child_done)
        return child

    def _cancel_children(self):
        self._shutting_down = True
        for child in self._children:
            if not child.done():
                child.cancel()

    def _on_child_done(self, child):
        self._children.discard(child)
        waiter = self._drained
        if waiter is not None and not self._children and not waiter.done():
            waiter.set_result(True)
        if child.cancelled():
            return
        error = child.exception()
        if error is None:
            return
        self._failures.append(error)
        if self._fatal is None and _is_fatal(error):
            self._fatal = error

        host = self._host
        if host.done():
            # Nobody is left to receive the error: report it.
            self._ev_loop.call_exception_handler({
                'message': f'Task {child!r} has errored out but its parent '
                           f'task {host} is already completed',
                'exception': error,
                'task': child,
            })
        elif not (self._shutting_down or self._host_cancelled_by_us):
            # Interrupt the body of the "async with" too.
            self._cancel_children()
            self._host_cancelled_by_us = True
            host.cancel()
