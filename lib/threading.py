"""Thread emulation for an interpreter that owns a single OS thread.

A Thread's body runs inside start(), on the caller's stack, until it ends or
has to wait for something no running code can provide.  While it runs,
current_thread() reports that Thread.

A started thread that has to wait (an empty queue, an unset event, a held
lock...) is *parked*: its body is unwound.  If it had not yet got anything
from a wait, nothing it did depended on other threads, so it is run again
from the start later, when some other thread waits (joins it, waits on a
queue or event...) or at exit: the usual pool of workers started before
their queue is filled works that way.  A parked thread that had made
progress is left blocked for good, like a daemon worker waiting for more.

A wait in the main thread that parked threads cannot satisfy, and that has
no timeout, raises RuntimeError (it would hang forever); a wait with a
timeout sleeps for the timeout and then reports failure.
"""

import sys as _sys
import time as _time
import itertools as _itertools

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore',
           'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
           'ThreadError', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'setprofile_all_threads', 'settrace_all_threads', 'get_native_id']

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError

_builtin_enumerate = enumerate


def _deadlock(what):
    """Build the error raised instead of blocking forever."""
    return RuntimeError(
        "deadlock: %s would block forever; Ferrython emulates threads on a "
        "single OS thread (a thread runs when started until it has to wait), "
        "so no other thread can wake this one up" % what)


class _Parked(BaseException):
    """Unwinds the body of a started thread that has to wait (see _block)."""


_parked = []   # threads whose body stopped at a wait, to be run again from its start


def _note_progress():
    """Called when a wait succeeds: the current thread now depends on others."""
    _running[-1]._waits_passed += 1


def _run_parked():
    """Run the parked threads again until none of them gets further; True if any ran to
    completion or past a wait."""
    advanced = False
    while True:
        progress = False
        for thread in [t for t in _parked if t._rerunnable]:
            _parked.remove(thread)
            thread._run_body()
            if thread._is_stopped or thread._waits_passed:
                progress = advanced = True
        if not progress:
            return advanced


def _block(what, ready):
    """A wait that cannot be satisfied now.  In a started thread, park it.  Elsewhere, run the
    parked threads: if `ready()` then holds, the wait can go on (return); otherwise it would
    last forever (RuntimeError)."""
    me = _running[-1]
    if me is not _the_main_thread:
        raise _Parked()
    if _run_parked() and ready():
        return
    raise _deadlock(what)


def _release_fully(lock):
    """Release `lock` however many times it is held; the state for _reacquire."""
    if isinstance(lock, RLock):
        state = (lock._holder, lock._depth)
        lock._holder, lock._depth = None, 0
        return state
    lock.release()
    return None


def _reacquire(lock, state):
    if isinstance(lock, RLock):
        lock._holder, lock._depth = state
    else:
        lock.acquire()


def _doze(seconds):
    """Spend a timeout that can never be cut short by another thread."""
    if seconds is not None and seconds > 0:
        _time.sleep(seconds)


def _warn_renamed(old, advice):
    import warnings
    warnings.warn("%s() is deprecated, %s" % (old, advice),
                  DeprecationWarning, stacklevel=3)


def _validate_lock_timeout(blocking, timeout):
    if timeout == -1:
        return
    if not blocking:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0:
        raise ValueError("timeout value must be positive")
    if TIMEOUT_MAX < timeout:
        raise OverflowError("timeout value is too large")


def _tagged_repr(obj, detail):
    """'<module.Class at 0xADDR: detail>'."""
    kind = type(obj)
    return "<{}.{} at {:#x}: {}>".format(kind.__module__, kind.__qualname__,
                                          id(obj), detail)


# --------------------------------------------------------------------------
# Locks

class Lock:
    """A non-reentrant lock."""

    def __init__(self):
        self._taken = False

    def acquire(self, blocking=True, timeout=-1):
        _validate_lock_timeout(blocking, timeout)
        if not self._taken:
            self._taken = True
            return True
        if not blocking:
            return False
        if timeout < 0:
            _block("acquiring a Lock that is already held", lambda: not self._taken)
            self._taken = True
            return True
        _doze(timeout)
        return False

    acquire_lock = acquire

    def release(self):
        if not self._taken:
            raise RuntimeError("release unlocked lock")
        self._taken = False

    release_lock = release

    def locked(self):
        return self._taken

    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc_info):
        self.release()

    def _at_fork_reinit(self):
        self._taken = False

    def __repr__(self):
        word = "locked" if self._taken else "unlocked"
        return "<%s _thread.lock object at %#x>" % (word, id(self))


class RLock:
    """A reentrant lock: its owner may acquire it again."""

    def __init__(self):
        self._holder = None
        self._depth = 0

    def acquire(self, blocking=True, timeout=-1):
        _validate_lock_timeout(blocking, timeout)
        me = get_ident()
        if self._depth == 0 or self._holder == me:
            self._holder = me
            self._depth += 1
            return True
        if not blocking:
            return False
        if timeout < 0:
            raise _deadlock("acquiring an RLock held by another thread")
        _doze(timeout)
        return False

    __enter__ = acquire

    def release(self):
        if self._depth == 0 or self._holder != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._depth -= 1
        if self._depth == 0:
            self._holder = None

    def __exit__(self, *exc_info):
        self.release()

    def locked(self):
        return self._depth > 0

    # Hooks used by Condition.
    def _is_owned(self):
        return self._depth > 0 and self._holder == get_ident()

    def _release_save(self):
        if not self._is_owned():
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._depth, self._holder)
        self._depth, self._holder = 0, None
        return state

    def _acquire_restore(self, state):
        self._depth, self._holder = state

    def _recursion_count(self):
        return self._depth if self._is_owned() else 0

    def _at_fork_reinit(self):
        self._holder, self._depth = None, 0

    def __repr__(self):
        word = "locked" if self._depth else "unlocked"
        return "<%s _thread.RLock object owner=%d count=%d at %#x>" % (
            word, self._holder or 0, self._depth, id(self))


# --------------------------------------------------------------------------
# Higher level primitives

class Condition:
    """A condition variable tied to a lock (an RLock by default)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        # Expose the lock's own methods, as CPython does.
        self.acquire, self.release = lock.acquire, lock.release
        self._waiters = []  # stays empty: nobody can wait concurrently
        self._notes = 0     # notify() calls so far, so a waiter can tell it was woken

    def __enter__(self):
        lock = self._lock
        return lock.__enter__()

    def __exit__(self, *exc_info):
        lock = self._lock
        return lock.__exit__(*exc_info)

    def __repr__(self):
        return "<Condition({}, {})>".format(self._lock, len(self._waiters))

    def _is_owned(self):
        lock = self._lock
        check = getattr(lock, "_is_owned", None)
        if check is not None:
            return check()
        # A plain lock: if we can take it, nobody (including us) held it.
        free = lock.acquire(False)
        if free:
            lock.release()
        return not free

    def _at_fork_reinit(self):
        lock = self._lock
        lock._at_fork_reinit()
        self._waiters = []

    def _wait_unlocked(self, what, ready):
        """Wait (see _block) with the lock released meanwhile, as a waiter does."""
        if _running[-1] is not _the_main_thread:
            raise _Parked()   # unwinding the thread's `with` releases the lock
        saved = _release_fully(self._lock)
        try:
            _block(what, ready)
        finally:
            _reacquire(self._lock, saved)

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        if timeout is None:
            start = self._notes
            self._wait_unlocked("Condition.wait() without a timeout",
                                lambda: self._notes != start)
            return True
        _doze(timeout)
        return False

    def wait_for(self, predicate, timeout=None):
        outcome = predicate()
        if outcome:
            return outcome
        if timeout is None:
            if not self._is_owned():
                raise RuntimeError("cannot wait on un-acquired lock")
            self._wait_unlocked("Condition.wait_for() on a false predicate "
                                "without a timeout", predicate)
            return predicate()
        self.wait(timeout)
        return predicate()

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        self._notes += 1

    def notify_all(self):
        self.notify(max(1, len(self._waiters)))

    def notifyAll(self):
        _warn_renamed("notifyAll", "use notify_all() instead")
        self.notify_all()


class Semaphore:
    """A counter that acquire() decrements and release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def __repr__(self):
        return _tagged_repr(self, "value=%s" % self._value)

    def acquire(self, blocking=True, timeout=None):
        if timeout is not None and not blocking:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        if timeout is None:
            _block("acquiring a Semaphore whose value is 0",
                   lambda: self._value > 0)
            self._value -= 1
            _note_progress()
            return True
        _doze(timeout)
        return False

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, *exc_info):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to rise above its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._ceiling = value

    def __repr__(self):
        return _tagged_repr(self, "value=%s/%s" % (self._value, self._ceiling))

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if n > self._ceiling - self._value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    """A flag that threads can set, clear and wait for."""

    def __init__(self):
        self._flag = False

    def __repr__(self):
        return _tagged_repr(self, ("unset", "set")[bool(self._flag)])

    def _at_fork_reinit(self):
        pass

    def is_set(self):
        return self._flag

    def isSet(self):
        _warn_renamed("isSet", "use is_set() instead")
        return self.is_set()

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            _note_progress()
            return True
        if timeout is None:
            _block("Event.wait() on an unset Event without a timeout",
                   lambda: self._flag)
            _note_progress()
            return True
        _doze(timeout)
        return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Meeting point for a fixed number of threads.

    Only a one-party barrier can ever be passed here, since a waiting thread
    blocks every other thread from arriving.
    """

    def __init__(self, parties, action=None, timeout=None):
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._arrived = 0
        self._is_broken = False

    def __repr__(self):
        if self._is_broken:
            return _tagged_repr(self, "broken")
        return _tagged_repr(self, "waiters=%d/%d" % (self.n_waiting,
                                                      self._parties))

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        if self._is_broken:
            raise BrokenBarrierError
        slot = self._arrived
        self._arrived += 1
        try:
            if self._parties == self._arrived:
                action = self._action
                if action:
                    try:
                        action()
                    except BaseException:
                        self._is_broken = True
                        raise
                return slot
            if timeout is None:
                raise _deadlock("Barrier.wait() for %d parties without a "
                                "timeout" % self._parties)
            _doze(timeout)
            self._is_broken = True
            raise BrokenBarrierError
        finally:
            self._arrived = 0

    def reset(self):
        self._arrived = 0
        self._is_broken = False

    def abort(self):
        self._is_broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._arrived

    @property
    def broken(self):
        return self._is_broken


# --------------------------------------------------------------------------
# Thread bookkeeping

_name_counter = _itertools.count(1)
_ident_counter = _itertools.count(0x7f3a00001000, 0x1000)
_native_counter = _itertools.count(4242)

_running = []        # stack of threads currently executing; innermost last
_live = {}           # ident -> Thread, for every started, unfinished thread

_trace_fn = None
_profile_fn = None


def _default_name():
    return "Thread-%d" % next(_name_counter)


class ExceptHookArgs(tuple):
    """The argument passed to threading.excepthook."""

    __slots__ = ()
    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, seq):
        items = tuple(seq)
        if len(items) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence "
                            "(%d-sequence given)" % len(items))
        return tuple.__new__(cls, items)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, "
                "exc_traceback=%r, thread=%r)" % tuple(self))

    def __reduce__(self):
        return (type(self), (tuple(self),))


def excepthook(args, /):
    """Report an exception that escaped a thread's run() method."""
    kind, value, tb, thread = args
    if kind is SystemExit:
        return   # a thread calling sys.exit() just ends quietly
    out = _sys.stderr
    if out is None:
        out = getattr(thread, "_stderr", None)
        if out is None:
            return
    who = get_ident() if thread is None else thread.name
    print("Exception in thread {}:".format(who), file=out, flush=True)
    import traceback
    traceback.print_exception(kind, value, tb, file=out)
    out.flush()


__excepthook__ = excepthook


class Thread:
    """An emulated thread of control.

    start() runs run() to completion before returning.
    """

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        if name:
            name = str(name)
        else:
            name = _default_name()
            if target is not None:
                try:
                    name = "%s (%s)" % (name, target.__name__)
                except AttributeError:
                    pass
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._name = name
        if daemon is None:
            daemon = current_thread().daemon
        self._daemonic = daemon
        self._ident = None
        self._native_id = None
        self._started_flag = False
        self._is_stopped = False
        self._initialized = True
        self._stderr = getattr(_sys, "stderr", None)
        self._tls = {}   # storage of threading.local objects, by key
        self._waits_passed = 0   # waits that succeeded in the current run of the body
        self._rerunnable = False

    # -- emulation plumbing (also used by concurrent.futures) --------------
    def _begin(self):
        self._started_flag = True
        self._ident = next(_ident_counter)
        self._native_id = next(_native_counter)
        _live[self._ident] = self

    def _finish(self):
        self._is_stopped = True
        _live.pop(self._ident, None)
        self._tls = {}

    def _call_inside(self, func, *args, **kwargs):
        """Call func with this thread as the current thread."""
        _running.append(self)
        try:
            return func(*args, **kwargs)
        finally:
            _running.pop()

    def _guarded_run(self):
        try:
            self.run()
        except (KeyboardInterrupt, _Parked):
            raise
        except BaseException:
            self._hand_to_hook(*_sys.exc_info())

    def _run_body(self):
        """Run the body from its start; park the thread if it has to wait."""
        self._waits_passed = 0
        self._rerunnable = False
        try:
            self._call_inside(self._guarded_run)
        except _Parked:
            if self._waits_passed == 0:
                self._rerunnable = True
                _parked.append(self)
            return
        self._finish()

    def _hand_to_hook(self, kind, value, tb):
        try:
            excepthook(ExceptHookArgs((kind, value, tb, self)))
        except SystemExit:
            pass
        except BaseException as hook_error:
            # A failing hook is reported through sys.excepthook instead.
            _sys.excepthook(*_sys.exc_info())

    # -- public API ---------------------------------------------------------
    def start(self):
        if self._initialized is False:
            raise RuntimeError("thread.__init__() not called")
        if self._started_flag:
            raise RuntimeError("threads can only be started once")
        self._begin()
        self._run_body()

    def run(self):
        func = self._target
        try:
            if func is not None:
                func(*self._args, **self._kwargs)
        except _Parked:
            raise   # the body may run again: keep the target
        except BaseException:
            self._drop_target()
            raise
        self._drop_target()

    def _drop_target(self):
        # Like CPython, drop the references once the target has run.
        for attr in ("_target", "_args", "_kwargs"):
            if attr in self.__dict__:
                delattr(self, attr)

    def join(self, timeout=None):
        self._check_initialized()
        if not self._started_flag:
            raise RuntimeError("cannot join thread before it is started")
        if current_thread() is self:
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        if self in _parked and current_thread() is _the_main_thread:
            _run_parked()
            if self._is_stopped:
                return
        if timeout is None:
            raise _deadlock("joining %r, which waits for something that no "
                            "running thread can provide," % self)
        _doze(timeout)

    def is_alive(self):
        return self._started_flag and not self._is_stopped

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, flag):
        self._check_initialized()
        if self._started_flag:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = flag

    def isDaemon(self):
        _warn_renamed("isDaemon", "get the daemon attribute instead")
        return self.daemon

    def setDaemon(self, daemonic):
        _warn_renamed("setDaemon", "set the daemon attribute instead")
        self.daemon = daemonic

    def getName(self):
        _warn_renamed("getName", "get the name attribute instead")
        return self.name

    def setName(self, name):
        _warn_renamed("setName", "set the name attribute instead")
        self.name = name

    def _check_initialized(self):
        if self._initialized is False:
            raise RuntimeError("Thread.__init__() not called")

    def __repr__(self):
        if self._initialized is False:
            return object.__repr__(self)
        state = "initial"
        if self._started_flag:
            state = "started"
        if self._is_stopped:
            state = "stopped"
        if self._daemonic:
            state += " daemon"
        if self._ident is not None:   # not before start()
            state += " %s" % self._ident
        return "<%s(%s, %s)>" % (type(self).__name__, self._name, state)


class _MainThread(Thread):
    def __init__(self):
        super().__init__(name="MainThread", daemon=False)
        self._begin()


class Timer(Thread):
    """Call a function after a delay (here: sleep, then call, in start())."""

    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.interval, self.function = interval, function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        done = self.finished
        if not done.wait(self.interval):   # sleeps unless cancelled
            func = self.function
            func(*self.args, **self.kwargs)
        done.set()


def current_thread():
    return _running[-1]


def currentThread():
    _warn_renamed("currentThread", "use current_thread() instead")
    return current_thread()


def main_thread():
    return _the_main_thread


def get_ident():
    return _running[-1]._ident


def get_native_id():
    return _running[-1]._native_id


def active_count():
    return len(_live)


def activeCount():
    _warn_renamed("activeCount", "use active_count() instead")
    return active_count()


def enumerate():
    return list(_live.values())


_stack_size = 0


def stack_size(size=0):
    """Emulated threads share the caller's stack; the value is only kept."""
    global _stack_size
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    previous, _stack_size = _stack_size, size
    return previous


def _no_hooks(func_name):
    raise NotImplementedError(
        "threading.%s() is not supported by Ferrython: threads are emulated "
        "on the calling thread, so per-thread trace/profile hooks cannot be "
        "installed (use sys.%s() instead)" % (func_name, func_name.split("_")[0]))


def settrace(func):
    _no_hooks("settrace")


def settrace_all_threads(func):
    _no_hooks("settrace_all_threads")


def setprofile(func):
    _no_hooks("setprofile")


def setprofile_all_threads(func):
    _no_hooks("setprofile_all_threads")


def gettrace():
    return _trace_fn


def getprofile():
    return _profile_fn


# --------------------------------------------------------------------------
# Thread-local data

_local_keys = _itertools.count()
# Bookkeeping for local objects lives outside them, keyed by id(): the
# instance __dict__ must hold nothing but the active thread's attributes.
_local_books = {}


class _LocalBook:
    __slots__ = ("key", "thread", "init_args", "ref")


def _local_forget(obj_id, dead_ref):
    book = _local_books.get(obj_id)
    if book is not None and book.ref is dead_ref:
        del _local_books[obj_id]


def _local_swap_in(obj):
    """Make obj's __dict__ hold the current thread's attributes."""
    me = _running[-1]
    book = _local_books[id(obj)]
    if book.thread is me:
        return
    store = object.__getattribute__(obj, "__dict__")
    if book.thread is not None and book.thread.is_alive():
        book.thread._tls[book.key] = dict(store)
    store.clear()
    book.thread = me
    saved = me._tls.get(book.key)
    if saved is not None:
        store.update(saved)
        return
    me._tls[book.key] = {}
    init = type(obj).__init__
    if init is not object.__init__:
        args, kwargs = book.init_args
        init(obj, *args, **kwargs)


class local:
    """Attributes set on an instance are seen only by the setting thread."""

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        import weakref
        book = _LocalBook()
        book.key = next(_local_keys)
        book.init_args = (args, kwargs)
        book.thread = me = _running[-1]
        ident = id(self)
        book.ref = weakref.ref(self, lambda r, i=ident: _local_forget(i, r))
        _local_books[ident] = book
        me._tls[book.key] = {}
        return self

    def __getattribute__(self, name):
        _local_swap_in(self)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError("%r object attribute '__dict__' is read-only"
                                 % type(self).__name__)
        _local_swap_in(self)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError("%r object attribute '__dict__' is read-only"
                                 % type(self).__name__)
        _local_swap_in(self)
        object.__delattr__(self, name)


_the_main_thread = _MainThread()
_running.append(_the_main_thread)


def _run_parked_at_exit():
    """At exit, as CPython waits for its non-daemon threads, run the parked ones."""
    if any(not t.daemon for t in _parked):
        _run_parked()


import atexit as _atexit
_atexit.register(_run_parked_at_exit)
