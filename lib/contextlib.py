"""Helpers for writing and combining context managers (the with statement)."""

import abc
import os
import sys
from collections import deque
from functools import wraps
from types import MethodType, GenericAlias

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]


def _defines_all(cls, *names):
    """Structural check used by the ABCs' __subclasshook__.

    Every name must be found in the MRO and not be set to None there.
    """
    for name in names:
        for klass in cls.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(abc.ABC):
    """ABC for classes that implement __enter__ and __exit__."""

    __slots__ = ()

    @classmethod
    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)

    def __enter__(self):
        """Give back the manager itself."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Nothing to clean up; exceptions are not suppressed."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractContextManager:
            return NotImplemented
        return _defines_all(C, "__enter__", "__exit__")


class AbstractAsyncContextManager(abc.ABC):
    """ABC for classes that implement __aenter__ and __aexit__."""

    __slots__ = ()

    @classmethod
    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)

    async def __aenter__(self):
        """Give back the manager itself."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Nothing to clean up; exceptions are not suppressed."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractAsyncContextManager:
            return NotImplemented
        return _defines_all(C, "__aenter__", "__aexit__")


class ContextDecorator(object):
    """Base class letting a context manager also serve as a decorator."""

    def _recreate_cm(self):
        """Manager to use for one decorated call (by default, self)."""
        return self

    def __call__(self, func):
        @wraps(func)
        def run_managed(*a, **kw):
            manager = self._recreate_cm()
            with manager:
                return func(*a, **kw)
        return run_managed


class AsyncContextDecorator(object):
    """Async counterpart of ContextDecorator, for coroutine functions."""

    def _recreate_cm(self):
        """Manager to use for one decorated call (by default, self)."""
        return self

    def __call__(self, func):
        @wraps(func)
        async def run_managed(*a, **kw):
            manager = self._recreate_cm()
            async with manager:
                return await func(*a, **kw)
        return run_managed


class _GenCMCommon:
    """State shared by the sync and async generator-based managers."""

    def __init__(self, factory, pos, named):
        self.gen = factory(*pos, **named)
        self.func, self.args, self.kwds = factory, pos, named
        # Show the generator function's docstring on the manager object.
        doc = getattr(factory, '__doc__', None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        # Each decorated call needs a brand new generator.
        return type(self)(self.func, self.args, self.kwds)

    def _forget_factory(self):
        # Entering twice must fail, so drop what is needed to recreate.
        for attr in ('args', 'kwds', 'func'):
            delattr(self, attr)


class _GeneratorContextManager(_GenCMCommon, AbstractContextManager,
                               ContextDecorator):
    """Manager object built by @contextmanager."""

    def __enter__(self):
        self._forget_factory()
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, tb):
        gen = self.gen
        if typ is None:
            try:
                next(gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                gen.close()
        if value is None:
            # Only the class was given: make an instance to throw in.
            value = typ()
        try:
            gen.throw(value)
        except StopIteration as stop:
            # Generator finished: suppress unless it is our own exception.
            return stop is not value
        except RuntimeError as err:
            if err is value:
                err.__traceback__ = tb
                return False
            # A StopIteration thrown in comes back wrapped (PEP 479).
            if isinstance(value, StopIteration) and err.__cause__ is value:
                value.__traceback__ = tb
                return False
            raise
        except BaseException as err:
            if err is not value:
                raise
            err.__traceback__ = tb
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            gen.close()


class _AsyncGeneratorContextManager(_GenCMCommon,
                                    AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Manager object built by @asynccontextmanager."""

    async def __aenter__(self):
        self._forget_factory()
        agen = self.gen
        try:
            return await anext(agen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, tb):
        agen = self.gen
        if typ is None:
            try:
                await anext(agen)
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await agen.aclose()
        if value is None:
            value = typ()
        try:
            await agen.athrow(value)
        except StopAsyncIteration as stop:
            return stop is not value
        except RuntimeError as err:
            if err is value:
                err.__traceback__ = tb
                return False
            wrapped = isinstance(value, (StopIteration, StopAsyncIteration))
            if wrapped and err.__cause__ is value:
                value.__traceback__ = tb
                return False
            raise
        except BaseException as err:
            if err is not value:
                raise
            err.__traceback__ = tb
            return False
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await agen.aclose()


def contextmanager(func):
    """Decorator turning a one-yield generator function into a manager factory."""
    @wraps(func)
    def make_cm(*a, **kw):
        return _GeneratorContextManager(func, a, kw)
    return make_cm


def asynccontextmanager(func):
    """Decorator turning a one-yield async generator into a manager factory."""
    @wraps(func)
    def make_cm(*a, **kw):
        return _AsyncGeneratorContextManager(func, a, kw)
    return make_cm


class closing(AbstractContextManager):
    """Call thing.close() on leaving the block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Await thing.aclose() on leaving the async block."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        closer = self.thing.aclose
        await closer()


class _StreamSwap(AbstractContextManager):
    """Temporarily replace the sys attribute named by _stream."""

    _stream = None

    def __init__(self, new_target):
        # A stack of saved streams, so one object can be re-entered.
        self._new_target, self._old_targets = new_target, []

    def __enter__(self):
        name = self._stream
        self._old_targets.append(getattr(sys, name))
        setattr(sys, name, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        previous = self._old_targets.pop()
        setattr(sys, self._stream, previous)


class redirect_stdout(_StreamSwap):
    """Send sys.stdout to another file-like object for the block."""

    _stream = "stdout"


class redirect_stderr(_StreamSwap):
    """Send sys.stderr to another file-like object for the block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Silence the listed exception types raised inside the block.

    Exception groups are split: matching members are dropped and the
    rest (if any) is re-raised.
    """

    def __init__(self, *exceptions):
        self._exceptions = tuple(exceptions)

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return
        wanted = self._exceptions
        if issubclass(exctype, wanted):
            return True
        if not issubclass(exctype, BaseExceptionGroup):
            return False
        _matched, leftover = excinst.split(wanted)
        if leftover is not None:
            raise leftover
        return True


def _relink_context(exc, target, frame_exc):
    """Make *exc*'s implicit-context chain end at *target*.

    The chain normally ends at the exception being handled by the caller
    (*frame_exc*); that link is redirected, as nested with statements would.
    """
    node = exc
    while True:
        ctx = node.__context__
        if ctx is None or ctx is target:
            return
        if ctx is frame_exc:
            node.__context__ = target
            return
        node = ctx


_NO_EXCEPTION = (None, None, None)


def _bind_exit(cm, cm_exit):
    return MethodType(cm_exit, cm)


class _ExitStackCore:
    """Bookkeeping shared by ExitStack and AsyncExitStack.

    _exit_callbacks holds (is_sync, callback) pairs, run last-in first-out.
    """

    def __init__(self):
        self._exit_callbacks = deque([])

    # Bind an __exit__ function to its manager.
    _create_exit_wrapper = staticmethod(_bind_exit)

    @staticmethod
    def _create_cb_wrapper(callback, /, *a, **kw):
        def call_ignoring_exc(exc_type, exc, tb):
            callback(*a, **kw)
        return call_ignoring_exc

    def pop_all(self):
        """Move every registered callback onto a new stack and return it."""
        moved = type(self)()
        moved._exit_callbacks, self._exit_callbacks = self._exit_callbacks, deque()
        return moved

    def push(self, exit):
        """Register an __exit__-style callable or an object with __exit__.

        The argument is returned, so this works as a decorator.
        """
        try:
            bound_exit = type(exit).__exit__
        except AttributeError:
            # A plain callable taking (exc_type, exc, tb).
            self._push_exit_callback(exit, True)
        else:
            self._push_cm_exit(exit, bound_exit)
        return exit

    def enter_context(self, cm):
        """Enter *cm*, schedule its __exit__, and return __enter__'s result."""
        kind = type(cm)
        try:
            enter_fn = kind.__enter__
            exit_fn = kind.__exit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object "
                            f"does not support the context manager "
                            f"protocol") from None
        value = enter_fn(cm)
        self._push_cm_exit(cm, exit_fn)
        return value

    def callback(self, callback, /, *args, **kwds):
        """Schedule callback(*args, **kwds); it ignores any exception."""
        runner = self._create_cb_wrapper(callback, *args, **kwds)
        # Allow introspection of the wrapped function.
        runner.__wrapped__ = callback
        self._push_exit_callback(runner)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        runner = self._create_exit_wrapper(cm, cm_exit)
        self._push_exit_callback(runner, True)

    def _push_exit_callback(self, callback, is_sync=True):
        entry = (is_sync, callback)
        self._exit_callbacks.append(entry)


class ExitStack(_ExitStackCore, AbstractContextManager):
    """Stack of cleanup callbacks, unwound when the with block ends.

    Example: open every file in a list, and close them all afterwards::

        with ExitStack() as stack:
            files = [stack.enter_context(open(name)) for name in names]
    """

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_error = exc_details[0] is not None
        # What the caller is handling; the natural end of context chains.
        outer = sys.exception()
        pending = exc_details
        suppressed = False
        failure = None      # exception raised by a callback, still pending
        while self._exit_callbacks:
            _is_sync, cb = self._exit_callbacks.pop()
            try:
                if cb(*pending):
                    suppressed = True
                    failure = None
                    pending = _NO_EXCEPTION
            except BaseException as new_exc:
                _relink_context(new_exc, pending[1], outer)
                failure = new_exc
                pending = (type(new_exc), new_exc, new_exc.__traceback__)
        if failure is not None:
            _raise_keeping_context(failure)
        return had_error and suppressed

    def close(self):
        """Run the registered callbacks right away."""
        self.__exit__(*_NO_EXCEPTION)


def _raise_keeping_context(exc):
    # Raising re-sets __context__ to the exception being handled; undo that.
    saved = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = saved
        raise


class AsyncExitStack(_ExitStackCore, AbstractAsyncContextManager):
    """Async version of ExitStack, accepting coroutine callbacks too."""

    _create_async_exit_wrapper = staticmethod(_bind_exit)

    @staticmethod
    def _create_async_cb_wrapper(callback, /, *a, **kw):
        async def await_ignoring_exc(exc_type, exc, tb):
            await callback(*a, **kw)
        return await_ignoring_exc

    async def enter_async_context(self, cm):
        """Enter async manager *cm*; its __aexit__ runs when unwinding."""
        kind = type(cm)
        try:
            enter_fn = kind.__aenter__
            exit_fn = kind.__aexit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object "
                            f"does not support the asynchronous context "
                            f"manager protocol") from None
        value = await enter_fn(cm)
        self._push_async_cm_exit(cm, exit_fn)
        return value

    def push_async_exit(self, exit):
        """Register a coroutine function or an object with __aexit__."""
        try:
            bound_exit = type(exit).__aexit__
        except AttributeError:
            self._push_exit_callback(exit, is_sync=False)
        else:
            self._push_async_cm_exit(exit, bound_exit)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Schedule an awaited call of coroutine function *callback*."""
        runner = self._create_async_cb_wrapper(callback, *args, **kwds)
        runner.__wrapped__ = callback
        self._push_exit_callback(runner, False)
        return callback

    async def aclose(self):
        """Run the registered callbacks right away."""
        await self.__aexit__(*_NO_EXCEPTION)

    def _push_async_cm_exit(self, cm, cm_exit):
        runner = self._create_async_exit_wrapper(cm, cm_exit)
        self._push_exit_callback(runner, False)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        had_error = exc_details[0] is not None
        outer = sys.exception()
        pending = exc_details
        suppressed = False
        failure = None
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if is_sync:
                    verdict = cb(*pending)
                else:
                    verdict = await cb(*pending)
                if verdict:
                    suppressed = True
                    failure = None
                    pending = _NO_EXCEPTION
            except BaseException as new_exc:
                _relink_context(new_exc, pending[1], outer)
                failure = new_exc
                pending = (type(new_exc), new_exc, new_exc.__traceback__)
        if failure is not None:
            _raise_keeping_context(failure)
        return had_error and suppressed


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A manager that does nothing; ``as`` receives *enter_result*."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Change the working directory for the block, then change back."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        here = os.getcwd()
        self._old_cwd.append(here)
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        back = self._old_cwd.pop()
        os.chdir(back)
