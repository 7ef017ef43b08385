"""Tasks (coroutines driven by the loop) and the helpers built on them."""

__all__ = (
    'Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION',
    'ALL_COMPLETED', 'wait', 'wait_for', 'as_completed', 'sleep', 'gather',
    'shield', 'ensure_future', 'run_coroutine_threadsafe', 'current_task',
    'all_tasks', 'create_eager_task_factory', 'eager_task_factory',
    '_register_task', '_unregister_task', '_enter_task', '_leave_task',
)

import contextvars
import itertools
import math
import types
import weakref

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import timeouts

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_WHEN_CHOICES = (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)

_serial = itertools.count(1)

# Registry: tasks started through the loop (weakly held), tasks currently
# in their eager first step, and the task executing on each loop.
_live_tasks = weakref.WeakSet()
_eager_now = set()
_executing = {}

_Future = futures.Future
_Cancelled = exceptions.CancelledError


def _running_loop():
    return events.get_running_loop()


def _coro_label(coro):
    head = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    head = (head or type(coro).__name__) + '()'
    frame = getattr(coro, 'cr_frame', None)
    if frame is not None:
        return '%s running at %s:%s' % (head, frame.f_code.co_filename,
                                        getattr(frame, 'f_lineno', None))
    co = getattr(coro, 'cr_code', None)
    if co is None:
        return head
    return '%s done, defined at %s:%s' % (head, co.co_filename,
                                          co.co_firstlineno)


class Task(_Future):
    """Runs a coroutine on the loop, one step per callback."""

    _warn_if_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None,
                 eager_start=False):
        _Future.__init__(self, loop=loop)
        if not coroutines.iscoroutine(coro):
            self._warn_if_pending = False
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        if name is None:
            name = 'Task-%d' % next(_serial)
        self._name = str(name)
        self._cancel_requests = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        # Each task runs in its own copy of the context it was created in.
        self._context = contextvars.copy_context() if context is None else context
        ev_loop = self._loop
        if eager_start and ev_loop.is_running():
            self._first_step_now()
        else:
            ev_loop.call_soon(self._step, context=self._context)
            _register_task(self)

    def __repr__(self):
        parts = self._repr_info()
        if not self.done() and self._cancel_requests > 0:
            parts[0] = 'cancelling'
        middle = ['name=%r' % (self._name,)]
        if self._coro is not None:
            middle.append('coro=<%s>' % _coro_label(self._coro))
        if self._fut_waiter is not None:
            middle.append('wait_for=%r' % (self._fut_waiter,))
        parts[1:1] = middle
        return '<%s %s>' % (type(self).__name__, ' '.join(parts))

    # -- public API --------------------------------------------------------
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
        """Frames of the suspended coroutine chain (outermost first)."""
        found = []
        link = self._coro
        while link is not None:
            if limit is not None and len(found) >= limit:
                break
            frame = getattr(link, 'cr_frame', None) or getattr(link, 'gi_frame', None)
            if frame is None:
                break
            found.append(frame)
            link = getattr(link, 'cr_await', None) or getattr(link, 'gi_yieldfrom', None)
        return found

    def print_stack(self, *, limit=None, file=None):
        import sys
        out = file or sys.stderr
        frames = self.get_stack(limit=limit)
        if not frames:
            print('No stack for %r' % (self,), file=out)
            return
        print('Stack for %r (most recent call last):' % (self,), file=out)
        for fr in frames:
            print('  File "%s", line %s, in %s' % (
                fr.f_code.co_filename, fr.f_lineno, fr.f_code.co_name), file=out)

    def cancel(self, msg=None):
        """Ask the task to stop: a CancelledError is thrown into it.

        Returns False if the task is already done.
        """
        if self.done():
            return False
        self._cancel_requests += 1
        awaited = self._fut_waiter
        if awaited is None or not awaited.cancel(msg=msg):
            # Nothing to interrupt right now: deliver on the next step.
            self._must_cancel = True
            self._cancel_msg = msg
        return True

    def cancelling(self):
        return self._cancel_requests

    def uncancel(self):
        count = self._cancel_requests
        if count:
            count -= 1
            self._cancel_requests = count
        return count

    # -- driving the coroutine -------------------------------------------
    def _first_step_now(self):
        ev_loop = self._loop
        before = _swap_current_task(ev_loop, self)
        _eager_now.add(self)
        try:
            self._context.run(self._advance, None)
        finally:
            _eager_now.discard(self)
            _swap_current_task(ev_loop, before)
            if not self.done():
                _register_task(self)
            else:
                self._coro = None

    def _step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(
                '_step(): already done: %r, %r' % (self, exc))
        if self._must_cancel:
            self._must_cancel = False
            if not isinstance(exc, _Cancelled):
                exc = self._make_cancelled_error()
        self._fut_waiter = None
        ev_loop = self._loop
        _enter_task(ev_loop, self)
        try:
            self._advance(exc)
        finally:
            _leave_task(ev_loop, self)

    def _advance(self, exc):
        """Resume the coroutine once and act on what it yields."""
        try:
            if exc is not None:
                yielded = self._coro.throw(exc)
            else:
                yielded = self._coro.send(None)
        except StopIteration as finished:
            if not self._must_cancel:
                _Future.set_result(self, finished.value)
            else:
                self._must_cancel = False
                _Future.cancel(self, msg=self._cancel_msg)
        except _Cancelled as stopped:
            self._stored_cancel = stopped
            _Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            _Future.set_exception(self, fatal)
            raise
        except BaseException as failure:
            _Future.set_exception(self, failure)
        else:
            self._on_yield(yielded)

    def _retry_with(self, problem):
        self._loop.call_soon(self._step, problem, context=self._context)

    def _on_yield(self, yielded):
        marker = getattr(yielded, '_asyncio_future_blocking', None)
        if marker is None:
            if yielded is None:
                # A bare yield gives up the loop for one iteration.
                self._loop.call_soon(self._step, context=self._context)
            elif isinstance(yielded, types.GeneratorType):
                self._retry_with(RuntimeError(
                    'yield was used instead of yield from for generator in '
                    'task %r with %r' % (self, yielded)))
            else:
                self._retry_with(RuntimeError(
                    'Task got bad yield: %r' % (yielded,)))
            return
        if futures._get_loop(yielded) is not self._loop:
            self._retry_with(RuntimeError(
                'Task %r got Future %r attached to a different loop'
                % (self, yielded)))
        elif not marker:
            self._retry_with(RuntimeError(
                'yield was used instead of yield from in task %r with %r'
                % (self, yielded)))
        elif yielded is self:
            self._retry_with(RuntimeError(
                'Task cannot await on itself: %r' % (self,)))
        else:
            yielded._asyncio_future_blocking = False
            yielded.add_done_callback(self._wake, context=self._context)
            self._fut_waiter = yielded
            if self._must_cancel:
                if yielded.cancel(msg=self._cancel_msg):
                    self._must_cancel = False

    def _wake(self, fut):
        try:
            fut.result()
        except BaseException as problem:
            self._step(problem)
            return
        self._step()

    _wake.__qualname__ = 'Task.task_wakeup'


_PyTask = Task


# ---------------------------------------------------------------------------
# Task registry

def _register_task(task):
    _live_tasks.add(task)


def _unregister_task(task):
    _live_tasks.discard(task)


def _enter_task(loop, task):
    other = _executing.get(loop)
    if other is not None:
        raise RuntimeError('Cannot enter into task %r while another task %r '
                           'is being executed.' % (task, other))
    _executing[loop] = task


def _leave_task(loop, task):
    other = _executing.get(loop)
    if other is not task:
        raise RuntimeError('Leaving task %r does not match the current '
                           'task %r.' % (task, other))
    _executing.pop(loop)


def _swap_current_task(loop, task):
    before = _executing.pop(loop, None)
    if task is not None:
        _executing[loop] = task
    return before


def current_task(loop=None):
    """The task running on *loop* (default: the running loop), or None."""
    return _executing.get(_running_loop() if loop is None else loop)


def all_tasks(loop=None):
    """Set of not-yet-done tasks belonging to *loop*."""
    wanted = _running_loop() if loop is None else loop
    found = set()
    for group in (list(_live_tasks), list(_eager_now)):
        for t in group:
            if not t.done() and futures._get_loop(t) is wanted:
                found.add(t)
    return found


# ---------------------------------------------------------------------------
# Creating tasks

def create_task(coro, *, name=None, context=None):
    """Wrap *coro* in a Task scheduled on the running loop."""
    extra = {} if context is None else {'context': context}
    return _running_loop().create_task(coro, name=name, **extra)


def create_eager_task_factory(custom_task_constructor):
    """Build a task factory whose tasks start running synchronously."""
    def factory(loop, coro, *, name=None, context=None):
        options = dict(loop=loop, name=name, context=context)
        return custom_task_constructor(coro, eager_start=True, **options)
    return factory


eager_task_factory = create_eager_task_factory(
    custom_task_constructor=Task)


def _is_awaitable(obj):
    if hasattr(type(obj), '__await__'):
        return True
    co = getattr(obj, 'gi_code', None)
    # 0x100 is CO_ITERABLE_COROUTINE (@types.coroutine generators).
    return co is not None and bool(co.co_flags & 0x100)


async def _await_it(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    """Return a Future/Task for a future, coroutine or awaitable."""
    obj = coro_or_future
    if futures.isfuture(obj):
        if loop is None or loop is futures._get_loop(obj):
            return obj
        raise ValueError('The future belongs to a different loop than '
                         'the one specified as the loop argument')
    if coroutines.iscoroutine(obj):
        close_on_error = True
    elif _is_awaitable(obj):
        obj = _await_it(obj)
        close_on_error = False
    else:
        raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                        'is required')
    target = events.get_event_loop() if loop is None else loop
    try:
        return target.create_task(obj)
    except RuntimeError:
        if close_on_error:
            obj.close()
        raise


def run_coroutine_threadsafe(coro, loop):
    raise NotImplementedError(
        'run_coroutine_threadsafe() needs threads, which are not supported')


# ---------------------------------------------------------------------------
# sleep

class _YieldOnce:
    """Awaitable that suspends exactly once with a bare yield."""
    __slots__ = ()

    def __await__(self):
        yield


def _resolve(fut, value):
    if not fut.done():
        fut.set_result(value)


async def sleep(delay, result=None):
    """Suspend the current task for *delay* seconds, then return *result*."""
    if delay <= 0:
        await _YieldOnce()
        return result
    if math.isnan(delay):
        raise ValueError('Invalid delay: NaN (not a number)')
    ev_loop = _running_loop()
    alarm = ev_loop.create_future()
    timer = ev_loop.call_later(delay, _resolve, alarm, result)
    try:
        return await alarm
    finally:
        timer.cancel()


# ---------------------------------------------------------------------------
# wait / wait_for / as_completed

def _reject_single(fs, what):
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError('expect %s of futures, not %s'
                        % (what, type(fs).__name__))


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in *fs*; return (done, pending) sets."""
    _reject_single(fs, 'a list')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in _WHEN_CHOICES:
        raise ValueError('Invalid return_when value: %s' % (return_when,))
    members = set(fs)
    for item in members:
        if coroutines.iscoroutine(item):
            raise TypeError('Passing coroutines is forbidden, use tasks '
                            'explicitly.')
    return await _wait_impl(members, timeout, return_when, _running_loop())


def _wake_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _wait_impl(fs, timeout, return_when, ev_loop):
    left = [len(fs)]
    gate = ev_loop.create_future()
    timer = None if timeout is None else \
        ev_loop.call_later(timeout, _wake_waiter, gate)

    def member_done(member):
        left[0] -= 1
        if return_when == FIRST_COMPLETED or left[0] <= 0:
            stop = True
        elif return_when == FIRST_EXCEPTION:
            stop = not member.cancelled() and member.exception() is not None
        else:
            stop = False
        if stop:
            if timer is not None:
                timer.cancel()
            _wake_waiter(gate)

    for member in fs:
        member.add_done_callback(member_done)
    try:
        await gate
    finally:
        if timer is not None:
            timer.cancel()
        for member in fs:
            member.remove_done_callback(member_done)
    finished = set()
    unfinished = set()
    for member in fs:
        (finished if member.done() else unfinished).add(member)
    return finished, unfinished


async def _cancel_and_wait(fut):
    gate = _running_loop().create_future()

    def relay(_):
        _wake_waiter(gate)

    fut.add_done_callback(relay)
    try:
        fut.cancel()
        await gate
    finally:
        fut.remove_done_callback(relay)


async def wait_for(fut, timeout):
    """Await *fut*, cancelling it and raising TimeoutError after *timeout*."""
    if timeout is None or timeout > 0:
        async with timeouts.timeout(delay=timeout):
            return await fut
    # Non-positive timeout: only an already finished awaitable succeeds.
    job = ensure_future(fut)
    if not job.done():
        await _cancel_and_wait(job)
        try:
            return job.result()
        except _Cancelled as cancelled:
            raise TimeoutError from cancelled
    return job.result()


def as_completed(fs, *, timeout=None):
    """Iterator of coroutines producing the results in completion order."""
    _reject_single(fs, 'an iterable')
    from .queues import Queue
    arrivals = Queue()
    ev_loop = events.get_event_loop()
    outstanding = set()
    for item in set(fs):
        outstanding.add(ensure_future(item, loop=ev_loop))
    state = {'timer': None}

    def expire():
        for item in outstanding:
            item.remove_done_callback(arrived)
        arrivals.put_nowait(None)
        outstanding.clear()

    def arrived(item):
        if not outstanding:
            return
        outstanding.discard(item)
        arrivals.put_nowait(item)
        if not outstanding and state['timer'] is not None:
            state['timer'].cancel()

    async def next_result():
        item = await arrivals.get()
        if item is None:
            raise exceptions.TimeoutError
        return item.result()

    for item in outstanding:
        item.add_done_callback(arrived)
    if timeout is not None and outstanding:
        state['timer'] = ev_loop.call_later(timeout, expire)
    for _ in range(len(outstanding)):
        yield next_result()


# ---------------------------------------------------------------------------
# gather / shield

class _GatheringFuture(_Future):
    """Future returned by gather(); cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        _Future.__init__(self, loop=loop)
        self._members = children
        self._wants_cancel = False

    def cancel(self, msg=None):
        if self.done():
            return False
        hits = [child.cancel(msg=msg) for child in self._members]
        if any(hits):
            self._wants_cancel = True
            return True
        return False


def _child_outcome(child):
    if child.cancelled():
        msg = child._cancel_msg
        return exceptions.CancelledError('' if msg is None else msg)
    problem = child.exception()
    return child.result() if problem is None else problem


def gather(*coros_or_futures, return_exceptions=False):
    """Run awaitables concurrently; the result lists them in argument order."""
    if not coros_or_futures:
        empty = events.get_event_loop().create_future()
        empty.set_result([])
        return empty

    seen = {}
    order = []
    early = []
    ev_loop = None
    holder = []          # holds the outer future once it exists
    tally = [0]

    def on_child(child):
        tally[0] += 1
        outer = holder[0] if holder else None
        if outer is None or outer.done():
            if not child.cancelled():
                child.exception()   # mark as retrieved
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(child._make_cancelled_error())
                return
            problem = child.exception()
            if problem is not None:
                outer.set_exception(problem)
                return
        if tally[0] < len(seen):
            return
        values = [_child_outcome(c) for c in order]
        if outer._wants_cancel:
            # The error comes from the last child, as CPython does.
            outer.set_exception(order[-1]._make_cancelled_error())
        else:
            outer.set_result(values)

    for arg in coros_or_futures:
        if arg in seen:
            order.append(seen[arg])
            continue
        child = ensure_future(arg, loop=ev_loop)
        if ev_loop is None:
            ev_loop = futures._get_loop(child)
        if child is not arg:
            child._warn_if_pending = False
        seen[arg] = child
        order.append(child)
        if child.done():
            early.append(child)
        else:
            child.add_done_callback(on_child)

    holder.append(_GatheringFuture(order, loop=ev_loop))
    for child in early:
        on_child(child)
    return holder[0]


_shielded = set()


def shield(arg):
    """Protect an awaitable from cancellation of the awaiting side."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = futures._get_loop(inner).create_future()
    if isinstance(inner, Task):
        _shielded.add(inner)

    def copy_over(src):
        _shielded.discard(src)
        if outer.cancelled():
            if not src.cancelled():
                src.exception()
            return
        if src.cancelled():
            outer.cancel()
            return
        problem = src.exception()
        if problem is None:
            outer.set_result(src.result())
        else:
            outer.set_exception(problem)

    def detach(_):
        if not inner.done():
            inner.remove_done_callback(copy_over)

    inner.add_done_callback(copy_over)
    outer.add_done_callback(detach)
    return outer
