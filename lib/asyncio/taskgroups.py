"""TaskGroup: structured concurrency for a set of tasks."""

__all__ = ('TaskGroup',)

import builtins

from . import events
from . import exceptions
from . import tasks


def _is_base_error(exc):
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


def _make_group(message, errors):
    try:
        group_type = BaseExceptionGroup
    except NameError:
        group_type = getattr(builtins, 'BaseExceptionGroup', None)
    if group_type is None:
        raise NotImplementedError(
            'TaskGroup cannot report task failures: this interpreter does '
            'not provide ExceptionGroup yet (errors: %r)' % (errors,))
    return group_type(message, errors)


class TaskGroup:
    """``async with TaskGroup() as tg: tg.create_task(...)`` waits for all
    tasks on exit; the first failure cancels the others and the failures
    are raised together as an ExceptionGroup."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = {}              # insertion-ordered set
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append('tasks=%d' % len(self._tasks))
        if self._errors:
            info.append('errors=%d' % len(self._errors))
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        return '<TaskGroup%s>' % ' '.join(info)

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError('TaskGroup %r has already been entered' % (self,))
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._parent_task = tasks.current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError('TaskGroup %r cannot determine the parent task'
                               % (self,))
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and _is_base_error(exc) and self._base_error is None:
            self._base_error = exc

        propagate_cancel = exc if et is exceptions.CancelledError else None
        if self._parent_cancel_requested:
            # The cancellation of the parent was our doing: withdraw it.
            if self._parent_task.uncancel() == 0:
                propagate_cancel = None

        if et is not None and not self._aborting:
            self._abort()

        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except exceptions.CancelledError as cancel_exc:
                if not self._aborting:
                    # The parent task was cancelled from outside.
                    propagate_cancel = cancel_exc
                    self._abort()
            self._on_completed_fut = None

        if self._base_error is not None:
            raise self._base_error

        if propagate_cancel is not None and not self._errors:
            raise propagate_cancel

        if et is not None and et is not exceptions.CancelledError:
            self._errors.append(exc)

        if self._errors:
            errors = self._errors
            self._errors = None
            group = _make_group('unhandled errors in a TaskGroup', errors)
            raise group from None

    def create_task(self, coro, *, name=None, context=None):
        """Create a task belonging to this group."""
        if not self._entered:
            raise RuntimeError('TaskGroup %r has not been entered' % (self,))
        if self._exiting and not self._tasks:
            raise RuntimeError('TaskGroup %r is finished' % (self,))
        if self._aborting:
            raise RuntimeError('TaskGroup %r is shutting down' % (self,))
        if context is None:
            task = self._loop.create_task(coro, name=name)
        else:
            task = self._loop.create_task(coro, name=name, context=context)
        if task.done():
            self._on_task_done(task)
        else:
            self._tasks[task] = None
            task.add_done_callback(self._on_task_done)
        return task

    def _abort(self):
        self._aborting = True
        for task in list(self._tasks):
            if not task.done():
                task.cancel()

    def _on_task_done(self, task):
        self._tasks.pop(task, None)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if _is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': 'Task %r has errored out but its parent task %r '
                           'is already completed' % (task, self._parent_task),
                'exception': exc,
                'task': task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            # Fail fast: cancel the siblings and wake the parent up.
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
