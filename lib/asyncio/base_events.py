"""The event loop: a FIFO queue of ready callbacks plus a heap of timers."""

__all__ = ('BaseEventLoop', 'SelectorEventLoop')

import collections
import sys
import time

from . import _heap
from . import coroutines
from . import events
from . import format_helpers
from . import futures
from . import tasks

# Rebuild the timer heap when more than this many cancelled timers are in it
# and they make up more than half of it.
_MIN_CANCELLED_TIMERS = 100


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # The loop stops by itself when the exception propagates.
            return
    futures._get_loop(fut).stop()


class BaseEventLoop(events.AbstractEventLoop):
    """A single-threaded event loop without I/O support."""

    def __init__(self):
        self._closed = False
        self._stopping = False
        self._running = False
        self._ready = collections.deque()
        self._scheduled = []            # heap of TimerHandles (by deadline)
        self._timer_cancelled_count = 0
        self._exception_handler = None
        self._task_factory = None
        self._debug = False
        self._clock_resolution = 1e-09
        self._current_handle = None
        self._asyncgens_shutdown_called = False
        # Live async generators, tracked weakly when weakref is available.
        try:
            import weakref
            self._asyncgens = weakref.WeakSet()
        except ImportError:
            self._asyncgens = None
        self._executor_shutdown_called = False

    def __repr__(self):
        return '<%s running=%s closed=%s debug=%s>' % (
            type(self).__name__, self.is_running(), self.is_closed(),
            self.get_debug())

    # -- futures and tasks ------------------------------------------------

    def create_future(self):
        """A new Future attached to this loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Wrap coro in a Task scheduled on this loop."""
        self._check_closed()
        if self._task_factory is None:
            return tasks.Task(coro, loop=self, name=name, context=context)
        if context is None:
            task = self._task_factory(self, coro)
        else:
            task = self._task_factory(self, coro, context=context)
        if name is not None:
            try:
                task.set_name(name)
            except AttributeError:
                pass
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- running ----------------------------------------------------------

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run callbacks until stop() is called."""
        self._check_closed()
        self._check_running()
        self._running = True
        events._set_running_loop(self)
        old_hooks = self._install_asyncgen_hooks()
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(None)
            if old_hooks is not None:
                sys.set_asyncgen_hooks(*old_hooks)

    def run_until_complete(self, future):
        """Run until the future (or coroutine, wrapped in a Task) is done."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                # Mark the exception as retrieved: it propagates anyway.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stop after the callbacks of the current iteration have run."""
        self._stopping = True

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        """Close the loop, dropping pending callbacks."""
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled[:] = []
        self._executor_shutdown_called = True

    # -- async generator finalisation (used when the interpreter provides
    # sys.set_asyncgen_hooks) ----------------------------------------------

    def _install_asyncgen_hooks(self):
        if not hasattr(sys, 'set_asyncgen_hooks'):
            return None
        old_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        return old_hooks

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            return
        if self._asyncgens is not None:
            self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        if self._asyncgens is not None:
            self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Close the async generators that are still alive."""
        self._asyncgens_shutdown_called = True
        if not self._asyncgens:
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(*[ag.aclose() for ag in closing],
                                     return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': 'an error occurred during closing of '
                               'asynchronous generator %r' % (agen,),
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self, timeout=None):
        self._executor_shutdown_called = True

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) right away (there are no threads) and return a
        future holding its outcome."""
        self._check_closed()
        if coroutines.iscoroutine(func) or coroutines.iscoroutinefunction(func):
            raise TypeError('coroutines cannot be used with run_in_executor()')
        fut = self.create_future()
        try:
            result = func(*args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(result)
        return fut

    def set_default_executor(self, executor):
        pass

    # -- scheduling -------------------------------------------------------

    def time(self):
        """The loop's clock (time.monotonic())."""
        return time.monotonic()

    def call_soon(self, callback, *args, context=None):
        """Run callback(*args) in the next iteration, in FIFO order."""
        self._check_closed()
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        """Run callback(*args) after delay seconds."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args,
                            context=context)

    def call_at(self, when, callback, *args, context=None):
        """Run callback(*args) at loop time ``when``."""
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        timer = events.TimerHandle(when, callback, args, self, context)
        _heap.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        """One iteration: wait for the next timer if nothing is ready, move
        due timers to the ready queue, then run what was ready."""
        scheduled = self._scheduled
        if (len(scheduled) > _MIN_CANCELLED_TIMERS and
                self._timer_cancelled_count * 2 > len(scheduled)):
            kept = []
            for handle in scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    kept.append(handle)
            _heap.heapify(kept)
            scheduled[:] = kept
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                _heap.heappop(scheduled)._scheduled = False

        if not self._ready and not self._stopping:
            if scheduled:
                delay = scheduled[0]._when - self.time()
                if delay > 0:
                    time.sleep(min(delay, 86400.0))
            else:
                # Nothing can ever wake us up: block, as a real loop would.
                time.sleep(3600.0)
                return

        end_time = self.time() + self._clock_resolution
        while scheduled:
            if scheduled[0]._when >= end_time:
                break
            handle = _heap.heappop(scheduled)
            handle._scheduled = False
            self._ready.append(handle)

        ready = self._ready
        for _ in range(len(ready)):
            handle = ready.popleft()
            if handle._cancelled:
                continue
            self._current_handle = handle
            try:
                handle._run()
            finally:
                self._current_handle = None
        handle = None

    # -- errors and debugging ---------------------------------------------

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError('A callable object or None is expected, '
                            'got %r' % (handler,))
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Report an unhandled error on stderr."""
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            try:
                lines.append('%s: %r' % (key, context[key]))
            except Exception:
                lines.append('%s: <unprintable>' % key)
        exc = context.get('exception')
        if exc is not None:
            lines.append(format_helpers.exception_summary(exc))
        format_helpers.write_error('\n'.join(lines))

    def call_exception_handler(self, context):
        """Pass context to the custom handler, or the default one."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                format_helpers.write_error('Exception in default exception handler')
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                format_helpers.write_error(
                    'Exception in default exception handler while handling '
                    'an unexpected error in custom exception handler')


class _UnixSelectorEventLoop(BaseEventLoop):
    """The default loop class (named like CPython's for familiarity)."""


SelectorEventLoop = _UnixSelectorEventLoop
