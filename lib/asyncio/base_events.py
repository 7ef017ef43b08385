"""The event loop.

This implementation has no selector, sockets, subprocesses or threads: the
loop only runs callbacks, timers and tasks.  Waiting for the next timer is
done with time.sleep().
"""

__all__ = ('BaseEventLoop', 'SelectorEventLoop')

import collections
import heapq
import sys
import time
import weakref

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks

# Longest single sleep while waiting for a timer.
_MAX_IDLE = 24 * 3600
# Heap clean-up thresholds for cancelled timers.
_CLEANUP_MIN_TIMERS = 100
_CLEANUP_MIN_FRACTION = 0.5
_SLOW_CALLBACK = 0.1

_NO_IO = ('sock_recv', 'sock_recv_into', 'sock_recvfrom',
          'sock_recvfrom_into', 'sock_sendall', 'sock_sendto',
          'sock_connect', 'sock_accept', 'sock_sendfile', 'create_connection',
          'create_server', 'create_unix_connection', 'create_unix_server',
          'create_datagram_endpoint', 'connect_accepted_socket', 'sendfile',
          'start_tls', 'connect_read_pipe', 'connect_write_pipe',
          'subprocess_shell', 'subprocess_exec', 'add_reader',
          'remove_reader', 'add_writer', 'remove_writer',
          'add_signal_handler', 'remove_signal_handler', 'getaddrinfo',
          'getnameinfo')


def _unsupported(name):
    def method(self, *args, **kwargs):
        raise NotImplementedError(
            f'loop.{name}() is not supported: this asyncio implementation '
            f'has no I/O, signal or thread support')
    method.__name__ = name
    return method


_mark_running = events._set_running_loop
_running_now = events._get_running_loop


def _halt_loop_cb(fut):
    # Done callback used by run_until_complete().
    if not fut.cancelled():
        err = fut.exception()
        if isinstance(err, (SystemExit, KeyboardInterrupt)):
            return
    owner = futures._get_loop(fut)
    owner.stop()


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._runnable = collections.deque()
        self._timers = []          # heap of TimerHandle
        self._dead_timers = 0
        self._stop_asked = False
        self._is_shut = False
        self._spinning = False
        self._debug_on = False
        self._err_hook = None
        self._make_task = None
        self._executor = None
        self._tick = 1e-09
        self.slow_callback_duration = _SLOW_CALLBACK
        self._active_handle = None
        self._agens_finalized = False
        self._executor_finalized = False
        # Async generators first iterated while this loop ran, still alive.
        self._live_agens = weakref.WeakSet()

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # -- state -------------------------------------------------------------
    def _check_closed(self):
        if self._is_shut:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _running_now() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def is_running(self):
        return self._spinning

    def is_closed(self):
        return self._is_shut

    def get_debug(self):
        return self._debug_on

    def set_debug(self, enabled):
        self._debug_on = bool(enabled)

    def time(self):
        """The loop's clock (time.monotonic())."""
        return time.monotonic()

    # -- futures and tasks ------------------------------------------------
    def create_future(self):
        fut = futures.Future(loop=self)
        return fut

    def create_task(self, coro, *, name=None, context=None):
        """Schedule a coroutine; returns the Task."""
        self._check_closed()
        factory = self._make_task
        if factory is None:
            return tasks.Task(coro, loop=self, name=name, context=context)
        if context is None:
            task = factory(self, coro)
        else:
            task = factory(self, coro, context=context)
        if name is not None:
            task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if not (factory is None or callable(factory)):
            raise TypeError('task factory must be a callable or None')
        self._make_task = factory

    def get_task_factory(self):
        return self._make_task

    # -- scheduling ---------------------------------------------------------
    def call_soon(self, callback, *args, context=None):
        """Run callback(*args) on the next loop iteration."""
        self._check_closed()
        if self._debug_on:
            self._check_callback(callback, method='call_soon')
        handle = events.Handle(callback, args, self, context)
        self._runnable.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        """Run callback(*args) after *delay* seconds."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args,
                            context=context)

    def call_at(self, when, callback, *args, context=None):
        """Run callback(*args) at loop time *when*."""
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug_on:
            self._check_callback(callback, method='call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._timers, timer)
        timer._in_heap = True
        return timer

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or \
                coroutines.iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), '
                            f'got {callback!r}')

    def _note_timer_off(self, handle):
        if handle._in_heap:
            self._dead_timers += 1

    # -- running ------------------------------------------------------------
    def _purge_dead_timers(self):
        heap = self._timers
        total = len(heap)
        if (total > _CLEANUP_MIN_TIMERS and
                self._dead_timers / total > _CLEANUP_MIN_FRACTION):
            live = []
            for timer in heap:
                if timer._off:
                    timer._in_heap = False
                else:
                    live.append(timer)
            heapq.heapify(live)
            self._timers = live
            self._dead_timers = 0
        else:
            while heap and heap[0]._off:
                self._dead_timers -= 1
                heapq.heappop(heap)._in_heap = False

    def _idle(self, timeout):
        # Stand-in for selector.select(): nothing but time can happen.
        if timeout is None:
            while True:
                time.sleep(_MAX_IDLE)
        if timeout > 0:
            time.sleep(timeout)

    def _run_once(self):
        """One iteration: wait for the first timer if idle, move due timers
        to the ready queue, then run what was ready at that moment."""
        self._purge_dead_timers()
        if self._runnable or self._stop_asked:
            timeout = 0
        elif self._timers:
            timeout = self._timers[0]._due - self.time()
            timeout = min(max(0, timeout), _MAX_IDLE)
        else:
            timeout = None
        self._idle(timeout)

        deadline = self.time() + self._tick
        heap = self._timers
        while heap and heap[0]._due < deadline:
            timer = heapq.heappop(heap)
            timer._in_heap = False
            self._runnable.append(timer)

        for _ in range(len(self._runnable)):
            handle = self._runnable.popleft()
            if handle._off:
                continue
            self._active_handle = handle
            try:
                handle._run()
            finally:
                self._active_handle = None

    def _agen_first_iteration(self, agen):
        # Remembered so shutdown_asyncgens() can close what is left.
        if not self._agens_finalized:
            self._live_agens.add(agen)

    def _agen_dropped(self, agen):
        # An async generator dropped unfinished: close it as a task of this loop.
        self._live_agens.discard(agen)
        if not self._is_shut:
            self.call_soon(self.create_task, agen.aclose())

    def run_forever(self):
        """Run the loop until stop()."""
        self._check_closed()
        self._check_running()
        self._spinning = True
        _mark_running(self)
        saved_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._agen_first_iteration,
                               finalizer=self._agen_dropped)
        try:
            while True:
                self._run_once()
                if self._stop_asked:
                    break
        finally:
            self._stop_asked = False
            self._spinning = False
            _mark_running(None)
            sys.set_asyncgen_hooks(*saved_hooks)

    def run_until_complete(self, future):
        """Run until *future* (or coroutine) is done; return its result."""
        self._check_closed()
        self._check_running()
        fresh = not futures.isfuture(future)
        target = tasks.ensure_future(future, loop=self)
        if fresh:
            target._warn_if_pending = False
        target.add_done_callback(_halt_loop_cb)
        try:
            self.run_forever()
        except:
            if fresh and target.done() and not target.cancelled():
                target.exception()
            raise
        finally:
            target.remove_done_callback(_halt_loop_cb)
        if not target.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return target.result()

    def stop(self):
        """Stop after the callbacks of the current iteration have run."""
        self._stop_asked = True

    def close(self):
        """Close the loop, discarding pending callbacks."""
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._is_shut:
            return
        self._is_shut = True
        self._runnable.clear()
        self._timers.clear()
        self._dead_timers = 0
        self._executor_finalized = True
        self._executor = None

    async def shutdown_asyncgens(self):
        """Close the async generators still open (their aclose() run together)."""
        self._agens_finalized = True
        if not len(self._live_agens):
            return
        pending = list(self._live_agens)
        self._live_agens.clear()
        outcomes = await tasks.gather(*[agen.aclose() for agen in pending],
                                      return_exceptions=True)
        for outcome, agen in zip(outcomes, pending):
            if isinstance(outcome, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': outcome,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self, timeout=None):
        self._executor_finalized = True

    # -- executors (no threads: the call runs inside the loop) ---------------
    def run_in_executor(self, executor, func, *args):
        """Run func(*args) and return a Future for its outcome.

        Without thread support the function is called from a loop
        callback (it blocks the loop while running).
        """
        self._check_closed()
        if self._debug_on:
            self._check_callback(func, method='run_in_executor')
        if executor is None:
            executor = self._executor
        if executor is not None and hasattr(executor, 'submit'):
            raise NotImplementedError(
                'run_in_executor() with an executor object is not supported')
        outcome = self.create_future()

        def invoke():
            if outcome.cancelled():
                return
            try:
                value = func(*args)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as err:
                outcome.set_exception(err)
            else:
                outcome.set_result(value)

        self.call_soon(invoke)
        return outcome

    def set_default_executor(self, executor):
        self._executor = executor

    # -- errors ---------------------------------------------------------
    def get_exception_handler(self):
        return self._err_hook

    def set_exception_handler(self, handler):
        if not (handler is None or callable(handler)):
            raise TypeError(f'A callable object or None is expected, '
                            f'got {handler!r}')
        self._err_hook = handler

    def default_exception_handler(self, context):
        """Log *context* to the 'asyncio' logger."""
        message = context.get('message') or 'Unhandled exception in event loop'
        err = context.get('exception')
        exc_info = (type(err), err, err.__traceback__) if err is not None else False
        lines = [message]
        for key in sorted(context.keys()):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        import logging
        logging.getLogger('asyncio').error('\n'.join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        """Pass *context* to the custom handler, or the default one."""
        handler = self._err_hook
        if handler is None:
            try:
                self.default_exception_handler(context=context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                import logging
                logging.getLogger('asyncio').error(
                    'Exception in default exception handler', exc_info=True)
            return
        try:
            handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as err:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': err,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                import logging
                logging.getLogger('asyncio').error(
                    'Exception in default exception handler while handling '
                    'an unexpected error in custom exception handler',
                    exc_info=True)


for _name in _NO_IO:
    setattr(BaseEventLoop, _name, _unsupported(_name))
del _name


class EventLoop(BaseEventLoop):
    """The default (and only) loop implementation."""


SelectorEventLoop = EventLoop
