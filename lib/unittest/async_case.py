"""IsolatedAsyncioTestCase: test cases whose methods may be coroutines."""

import asyncio
import inspect
import warnings

from .case import TestCase

try:
    import contextvars
except ImportError:  # the interpreter has no context variables
    contextvars = None

__unittest = True


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose test methods, fixtures and cleanups may be
    coroutine functions.

    Every test runs in a fresh event loop, which is closed afterwards. The order is: setUp, asyncSetUp, the test,
    asyncTearDown, tearDown, then the cleanups. When context variables are
    available, all of these share one context, so values set in setUp are
    seen by the test.
    """

    def __init__(self, methodName='runTest'):
        TestCase.__init__(self, methodName)
        self._loop_runner = None  # made afresh for every run
        self._shared_context = (contextvars.copy_context()
                                if contextvars is not None else None)

    async def asyncSetUp(self):
        """Awaited after setUp."""

    async def asyncTearDown(self):
        """Awaited before tearDown."""

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        """Register a coroutine function to await as a cleanup."""
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        """Enter an asynchronous context manager now and exit it as a
        cleanup; returns what its __aenter__ returned."""
        kind = type(cm)
        try:
            enter = kind.__aenter__
            leave = kind.__aexit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the asynchronous "
                            "context manager protocol"
                            % (kind.__module__, kind.__qualname__)) from None
        value = await enter(cm)
        self.addAsyncCleanup(leave, cm, None, None, None)
        return value

    # -- running the parts in the loop -------------------------------------

    def _in_context(self, func, *args, **kwargs):
        shared = self._shared_context
        if shared is None:
            return func(*args, **kwargs)
        return shared.run(func, *args, **kwargs)

    def _await(self, coroutine):
        loop_runner = self._loop_runner
        if loop_runner is None:
            raise RuntimeError('the asyncio runner of the test is not set up')
        if self._shared_context is None:
            return loop_runner.run(coroutine)
        return loop_runner.run(coroutine, context=self._shared_context)

    def _call_maybe_async(self, func, *args, **kwargs):
        """Await *func* in the loop if it is a coroutine function, else call it."""
        if not inspect.iscoroutinefunction(func):
            return self._in_context(func, *args, **kwargs)
        return self._await(func(*args, **kwargs))

    def _invoke_setup(self):
        # Create the loop now, so that setUp sees it as the current one.
        self._loop_runner.get_loop()  # the return value is not needed
        self._in_context(self.setUp)
        self._await(self.asyncSetUp())

    def _invoke_test(self, method):
        if self._call_maybe_async(method) is not None:
            warnings.warn('It is deprecated to return a value that is not None '
                          'from a test case (%s)' % (method,),
                          DeprecationWarning, stacklevel=5)

    def _invoke_teardown(self):
        self._await(self.asyncTearDown())
        self._in_context(self.tearDown)

    def _invoke_cleanup(self, function, args, kwargs):
        self._call_maybe_async(function, *args, **kwargs)

    def _open_runner(self):
        if self._loop_runner is not None:
            raise RuntimeError('the asyncio runner of the test is already set up')
        self._loop_runner = asyncio.Runner(debug=True)

    def _close_runner(self):
        runner, self._loop_runner = self._loop_runner, None
        if runner is not None:
            runner.close()

    def run(self, result=None):
        self._open_runner()
        try:
            return TestCase.run(self, result)
        finally:
            self._close_runner()

    def debug(self):
        self._open_runner()
        super().debug()
        self._close_runner()

    def __del__(self):
        if getattr(self, '_loop_runner', None):
            self._close_runner()
