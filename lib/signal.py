"""Set handlers for asynchronous events (POSIX signals).

Python-level handlers run in the interpreter between instructions; the native `_signal`
module only records that a signal arrived.
"""

import _signal
import sys as _sys
from enum import IntEnum as _IntEnum


class Signals(_IntEnum):
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGIOT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGSTKFLT = 16
    SIGCHLD = 17
    SIGCLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20
    SIGTTIN = 21
    SIGTTOU = 22
    SIGURG = 23
    SIGXCPU = 24
    SIGXFSZ = 25
    SIGVTALRM = 26
    SIGPROF = 27
    SIGWINCH = 28
    SIGIO = 29
    SIGPOLL = 29
    SIGPWR = 30
    SIGSYS = 31
    SIGRTMIN = 34
    SIGRTMAX = 64


class Handlers(_IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


class Sigmasks(_IntEnum):
    SIG_BLOCK = 0
    SIG_UNBLOCK = 1
    SIG_SETMASK = 2


for _name, _member in Signals.__members__.items():
    globals()[_name] = _member
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
SIG_BLOCK = Sigmasks.SIG_BLOCK
SIG_UNBLOCK = Sigmasks.SIG_UNBLOCK
SIG_SETMASK = Sigmasks.SIG_SETMASK
NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2


class ItimerError(OSError):
    pass


def default_int_handler(signalnum, frame, /):
    """The default handler of SIGINT: raises KeyboardInterrupt."""
    raise KeyboardInterrupt


# Python-level handlers by signal number; signals absent here keep their initial action
# (SIGINT: default_int_handler; SIGPIPE: ignored, as the runtime sets it up).
_handlers = {2: default_int_handler}
_initial = {13: Handlers.SIG_IGN}


def _check(signalnum):
    signalnum = signalnum.__index__() if hasattr(signalnum, "__index__") else signalnum
    if not isinstance(signalnum, int):
        raise TypeError(f"'{type(signalnum).__name__}' object cannot be interpreted as an integer")
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return int(signalnum)


def _dispatch(signalnum):
    handler = _handlers.get(signalnum)
    if callable(handler):
        handler(signalnum, _sys._getframe(1))
    elif signalnum == 2:
        raise KeyboardInterrupt


_signal._set_dispatcher(_dispatch)


def getsignal(signalnum, /):
    signalnum = _check(signalnum)
    if signalnum in _handlers:
        return _handlers[signalnum]
    return _initial.get(signalnum, Handlers.SIG_DFL)


def signal(signalnum, handler, /):
    signalnum = _check(signalnum)
    if handler is SIG_DFL or (type(handler) is int and handler == 0):
        mode, handler = 0, Handlers.SIG_DFL
    elif handler is SIG_IGN or (type(handler) is int and handler == 1):
        mode, handler = 1, Handlers.SIG_IGN
    elif callable(handler):
        mode = 2
    else:
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, "
                        "or a callable object")
    old = getsignal(signalnum)
    _signal.install(signalnum, mode)
    if mode == 2:
        _handlers[signalnum] = handler
    else:
        _handlers.pop(signalnum, None)
        _initial[signalnum] = handler
    return old


def raise_signal(signalnum, /):
    _signal.raise_signal(_check(signalnum))


def alarm(seconds, /):
    return _signal.alarm(seconds)


def pause():
    _signal.pause()


def strsignal(signalnum, /):
    return _signal.strsignal(_check(signalnum))


def valid_signals():
    out = set()
    for n in range(1, NSIG):
        if n in (32, 33):
            continue
        try:
            out.add(Signals(n))
        except ValueError:
            out.add(n)
    return out


def siginterrupt(signalnum, flag, /):
    _check(signalnum)


def _unsupported(name):
    def f(*args, **kwargs):
        raise NotImplementedError(f"signal.{name}() is not supported by ferrython")
    f.__name__ = name
    return f


for _name in ("setitimer", "getitimer", "pthread_kill", "pthread_sigmask", "sigpending",
              "sigwait", "sigwaitinfo", "sigtimedwait", "set_wakeup_fd", "pidfd_send_signal"):
    globals()[_name] = _unsupported(_name)
del _name, _member
