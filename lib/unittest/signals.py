"""Control-C handling for test runs (the -c/--catch option).

With the handler installed, a first Control-C asks every registered result
to stop after the current test, so that the results so far are reported; a
second one interrupts the run with KeyboardInterrupt as usual.
"""

import functools
import weakref

try:
    import signal as _signal
except ImportError:  # an interpreter without the signal module
    _signal = None

__unittest = True

# The results to stop on Control-C; weak, so that they can still be freed.
_live_results = weakref.WeakKeyDictionary()

# The installed handler, if any.
_handler = None


def registerResult(result):
    """Make *result* stop when Control-C is pressed under installHandler()."""
    _live_results[result] = True


def removeResult(result):
    """Forget a registered result; True if it was registered."""
    return _live_results.pop(result, None) is not None


class _InterruptHandler(object):
    """The SIGINT handler: stops the registered results the first time."""

    def __init__(self, previous):
        self.called = False
        self.original = previous  # what removeHandler() puts back
        self.previous = previous
        if previous == _signal.SIG_DFL:
            # Python's own handler raises KeyboardInterrupt.
            self.previous = _signal.default_int_handler
        elif previous == _signal.SIG_IGN:
            self.previous = None  # Control-C was ignored before: keep doing so

    def _pass_on(self, signum, frame):
        if self.previous is not None:
            self.previous(signum, frame)

    def __call__(self, signum, frame):
        if _signal.getsignal(_signal.SIGINT) is not self:
            # Someone installed another handler since; defer to the old one.
            self._pass_on(signum, frame)
            return
        if self.called:
            self._pass_on(signum, frame)
            return
        self.called = True
        for result in list(_live_results.keys()):
            result.stop()


def _require_signal():
    if _signal is None:
        raise NotImplementedError(
            'unittest: catching Control-C (-c/--catch, installHandler) needs '
            'the signal module, which this interpreter does not provide')


def installHandler():
    """Install the Control-C handler. It is made only once: after
    removeHandler(), calling this again does not put it back."""
    global _handler
    _require_signal()
    if _handler is None:
        _handler = _InterruptHandler(_signal.getsignal(_signal.SIGINT))
        _signal.signal(_signal.SIGINT, _handler)


def removeHandler(method=None):
    """Restore the SIGINT handler that was there before installHandler().

    Used as a decorator, the handler is removed only while the decorated
    function runs; the SIGINT handler found at the call is restored after.
    """
    if method is not None:
        @functools.wraps(method)
        def without_handler(*args, **kwargs):
            current = _signal.getsignal(_signal.SIGINT) if _signal else None
            removeHandler()
            try:
                return method(*args, **kwargs)
            finally:
                if _signal is not None:
                    _signal.signal(_signal.SIGINT, current)
        return without_handler
    if _handler is not None:
        _signal.signal(_signal.SIGINT, _handler.original)
