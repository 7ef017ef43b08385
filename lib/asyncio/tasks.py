"""Tasks (coroutines driven by the event loop) and the functions that
combine awaitables: sleep, gather, wait, wait_for, as_completed, shield."""

__all__ = (
    'Task', 'create_task',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'wait', 'wait_for', 'as_completed', 'sleep',
    'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
    'current_task', 'all_tasks',
    'create_eager_task_factory', 'eager_task_factory',
    '_register_task', '_unregister_task', '_enter_task', '_leave_task',
)

import itertools

try:
    import contextvars as _contextvars
except ImportError:         # the interpreter has no context variables yet
    _contextvars = None

from . import coroutines
from . import events
from . import exceptions
from . import format_helpers
from . import futures

_next_task_number = itertools.count(1).__next__

# Every task that is not finished yet (insertion ordered).
_all_tasks = {}
# The task currently running on each loop.
_current_tasks = {}


class Task(futures.Future):
    """A Future that runs a coroutine on the event loop."""

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None,
                 eager_start=False):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        if name is None:
            self._name = 'Task-%d' % _next_task_number()
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        if context is None and _contextvars is not None:
            context = _contextvars.copy_context()
        self._context = context
        if eager_start and self._loop.is_running():
            self._eager_start()
        else:
            self._loop.call_soon(self._step, context=context)
            _register_task(self)

    def _repr_info(self):
        info = super()._repr_info()
        if self._num_cancels_requested > 0 and not self.done():
            info[0] = 'cancelling'
        info.insert(1, 'name=%r' % (self._name,))
        if self._fut_waiter is not None:
            info.insert(2, 'wait_for=%r' % (self._fut_waiter,))
        if self._coro is not None:
            info.insert(2, 'coro=<%s>' % format_helpers.format_coroutine(
                self._coro, self.done()))
        return info

    def __del__(self):
        if self._state == futures._PENDING and self._log_destroy_pending:
            try:
                self._loop.call_exception_handler({
                    'task': self,
                    'message': 'Task was destroyed but it is pending!',
                })
            except Exception:
                pass
        super().__del__()

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        """Frames are not exposed by this interpreter: always []."""
        return []

    def print_stack(self, *, limit=None, file=None):
        import sys
        out = file if file is not None else sys.stderr
        out.write('No stack for %r\n' % (self,))

    def cancel(self, msg=None):
        """Ask the task to stop: CancelledError is thrown into its coroutine
        at its next step. Return False if the task is already done."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                # The wake-up that follows throws CancelledError in.
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        """How many cancellation requests are pending."""
        return self._num_cancels_requested

    def uncancel(self):
        """Withdraw one cancellation request; return how many remain."""
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(
                '_step(): already done: %r, %r' % (self, exc))
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        _enter_task(self._loop, self)
        try:
            self._run_step(exc)
        finally:
            _leave_task(self._loop, self)
            if self.done():
                _all_tasks.pop(self, None)
        self = None

    def _run_step(self, exc):
        coro = self._coro
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                # cancel() was called while the coroutine was finishing.
                self._must_cancel = False
                futures.Future.cancel(self, msg=self._cancel_message)
            else:
                futures.Future.set_result(self, stop.value)
        except exceptions.CancelledError as cancel_exc:
            self._cancelled_exc = cancel_exc
            futures.Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            futures.Future.set_exception(self, fatal)
            raise
        except BaseException as error:
            futures.Future.set_exception(self, error)
        else:
            self._handle_yield(result)

    def _handle_yield(self, result):
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if futures._get_loop(result) is not self._loop:
                error = RuntimeError('Task %r got Future %r attached to a '
                                     'different loop' % (self, result))
                self._loop.call_soon(self._step, error, context=self._context)
            elif not blocking:
                error = RuntimeError('yield was used instead of yield from '
                                     'in task %r with %r' % (self, result))
                self._loop.call_soon(self._step, error, context=self._context)
            elif result is self:
                error = RuntimeError('Task cannot await on itself: %r' % (self,))
                self._loop.call_soon(self._step, error, context=self._context)
            else:
                result._asyncio_future_blocking = False
                result.add_done_callback(self._wakeup, context=self._context)
                self._fut_waiter = result
                if self._must_cancel:
                    if self._fut_waiter.cancel(msg=self._cancel_message):
                        self._must_cancel = False
        elif result is None:
            # A bare yield (e.g. sleep(0)): run again in the next iteration.
            self._loop.call_soon(self._step, context=self._context)
        else:
            error = RuntimeError('Task got bad yield: %r' % (result,))
            self._loop.call_soon(self._step, error, context=self._context)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()
        self = None

    def _eager_start(self):
        loop = self._loop
        previous = _current_tasks.get(loop)
        _current_tasks[loop] = self
        try:
            if self._context is not None:
                self._context.run(self._run_step, None)
            else:
                self._run_step(None)
        finally:
            if previous is None:
                _current_tasks.pop(loop, None)
            else:
                _current_tasks[loop] = previous
            if not self.done():
                _register_task(self)


Task._wakeup.__qualname__ = 'Task.task_wakeup'


def create_task(coro, *, name=None, context=None):
    """Schedule coro as a Task on the running loop and return the Task."""
    loop = events.get_running_loop()
    if context is None:
        return loop.create_task(coro, name=name)
    return loop.create_task(coro, name=name, context=context)


def create_eager_task_factory(custom_task_constructor):
    """A task factory whose tasks run their first step immediately."""
    def factory(loop, coro, *, name=None, context=None):
        return custom_task_constructor(coro, loop=loop, name=name,
                                       context=context, eager_start=True)
    return factory


eager_task_factory = create_eager_task_factory(Task)


# -- task bookkeeping -------------------------------------------------------

def _register_task(task):
    _all_tasks[task] = None


def _unregister_task(task):
    _all_tasks.pop(task, None)


def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError('Cannot enter into task %r while another task %r '
                           'is being executed.' % (task, current))
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError('Leaving task %r does not match the current task '
                           '%r.' % (task, current))
    del _current_tasks[loop]


def current_task(loop=None):
    """The Task running on loop (default: the running loop), or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def _pending_tasks(loop):
    """The unfinished tasks of loop, in creation order."""
    result = []
    for task in list(_all_tasks):
        if task.done():
            _all_tasks.pop(task, None)
        elif futures._get_loop(task) is loop:
            result.append(task)
    return result


def all_tasks(loop=None):
    """The set of not-yet-finished tasks of loop (default: running loop)."""
    if loop is None:
        loop = events.get_running_loop()
    return set(_pending_tasks(loop))


# -- ensure_future ----------------------------------------------------------

def _isawaitable(obj):
    return coroutines.iscoroutine(obj) or hasattr(type(obj), '__await__')


async def _wrap_awaitable(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    """Return a Future: futures unchanged, coroutines/awaitables as Tasks."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    should_close = True
    if not coroutines.iscoroutine(coro_or_future):
        if _isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            should_close = False
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required')
    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if should_close:
            coro_or_future.close()
        raise


# -- sleep ------------------------------------------------------------------

class _YieldOnce:
    """Awaitable that gives control back to the loop exactly once."""

    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Suspend the current task for delay seconds; return result."""
    if delay <= 0:
        await _YieldOnce()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, futures._set_result_unless_cancelled,
                             future, result)
    try:
        return await future
    finally:
        handle.cancel()


# -- wait / wait_for / as_completed ----------------------------------------

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures/tasks in fs; return (done, pending) sets."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError('expect a list of futures, not %s' % type(fs).__name__)
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError('Invalid return_when value: %s' % (return_when,))
    fs = set(fs)
    for f in fs:
        if coroutines.iscoroutine(f):
            raise TypeError('Passing coroutines is forbidden, use tasks '
                            'explicitly.')
    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    remaining = len(fs)

    def on_completion(f):
        nonlocal remaining
        remaining -= 1
        if (remaining <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled()
                 and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(on_completion)
    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut):
    loop = events.get_running_loop()
    waiter = loop.create_future()

    def release(f):
        _release_waiter(waiter)

    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    """Await fut with a time limit; on expiry cancel it and raise
    TimeoutError."""
    from . import timeouts
    if timeout is not None and timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise TimeoutError() from exc
    # Equivalent to ``async with timeouts.timeout(timeout): return await fut``
    # spelled out with try/except (plain ``with`` blocks are avoided here).
    manager = timeouts.timeout(timeout)
    await manager.__aenter__()
    try:
        result = await fut
    except BaseException as exc:
        await manager.__aexit__(type(exc), exc, exc.__traceback__)
        raise
    await manager.__aexit__(None, None, None)
    return result


def as_completed(fs, *, timeout=None):
    """Iterate over awaitables yielding the results in completion order."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError('expect an iterable of futures, not %s'
                        % type(fs).__name__)
    from .queues import Queue
    loop = events.get_event_loop()
    todo = {}
    for f in fs:
        todo[ensure_future(f, loop=loop)] = None
    done = Queue()
    timeout_handle = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            done.put_nowait(None)
        todo.clear()

    def on_completion(f):
        if not todo:
            return
        todo.pop(f, None)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, on_timeout)

    def results():
        for _ in range(len(todo)):
            yield wait_for_one()
    return results()


# -- gather / shield --------------------------------------------------------

class _GatheringFuture(futures.Future):
    """The future returned by gather(); cancelling it cancels children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled_any = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled_any = True
        if cancelled_any:
            self._cancel_requested = True
        return cancelled_any


def gather(*coros_or_futures, return_exceptions=False):
    """Run awaitables concurrently; the result is the list of results in
    argument order. The first exception propagates unless
    return_exceptions is true."""
    if not coros_or_futures:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    children = []
    arg_to_fut = {}
    loop = None
    outer = None
    total = 0
    finished = 0

    def on_child_done(fut):
        nonlocal finished
        finished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()     # mark the exception as retrieved
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if finished == total:
            results = []
            for child in children:
                if child.cancelled():
                    msg = child._cancel_message
                    res = exceptions.CancelledError('' if msg is None else msg)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        known = None
        try:
            known = arg_to_fut.get(arg)
        except TypeError:
            known = None
        if known is None:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            total += 1
            try:
                arg_to_fut[arg] = fut
            except TypeError:
                pass
            fut.add_done_callback(on_child_done)
        else:
            fut = known
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    return outer


_shielded = set()


def shield(arg):
    """Protect an awaitable from cancellation of the awaiting task."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()
    if isinstance(inner, Task):
        _shielded.add(inner)

    def on_inner_done(inner):
        _shielded.discard(inner)
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()   # mark as retrieved
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def on_outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(on_inner_done)

    inner.add_done_callback(on_inner_done)
    outer.add_done_callback(on_outer_done)
    return outer


def run_coroutine_threadsafe(coro, loop):
    raise NotImplementedError('run_coroutine_threadsafe() needs threads, '
                              'which this interpreter does not provide')
