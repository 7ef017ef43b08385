"""Register functions to be called when the interpreter exits."""

import sys as _sys

# Registered (func, args, kwargs) entries in registration order; an
# unregistered entry becomes None so that _ncallbacks() keeps counting it,
# as CPython does until the callbacks are run or cleared.
_callbacks = []


def register(func, /, *args, **kwargs):
    """Register func(*args, **kwargs) to run at exit; return func."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Remove every registration of func (compared with ==)."""
    for i, entry in enumerate(_callbacks):
        if entry is None:
            continue
        f = entry[0]
        if f is func or f == func:
            _callbacks[i] = None


def _clear():
    """Forget every registered function."""
    _callbacks.clear()


def _ncallbacks():
    """Number of registration slots in use."""
    return len(_callbacks)


from _unraisable import UnraisableHookArgs as _UnraisableHookArgs

def _write_unraisable(exc, func):
    tb = exc.__traceback__
    # Drop the entry for this module's own frame: the callback's frames follow it.
    if tb is not None:
        tb = tb.tb_next
    hook = getattr(_sys, "unraisablehook", None)
    if hook is not None and hook is not getattr(_sys, "__unraisablehook__", None):
        hook(_UnraisableHookArgs(type(exc), exc, tb,
                                 "Exception ignored in atexit callback", func))
        return
    try:
        obj = repr(func)
    except BaseException:
        obj = "<object repr() failed>"
    parts = [f"Exception ignored in atexit callback: {obj}\n"]
    try:
        import traceback
        if tb is not None:
            entries = traceback.format_tb(tb)
        else:
            # The callback was not Python code: CPython then shows the frame
            # that called _run_exitfuncs, if there is one.
            entries = []
            getframe = getattr(_sys, "_getframe", None)
            if getframe is not None:
                try:
                    caller = getframe(2)
                except ValueError:
                    caller = None
                if caller is not None:
                    entries = traceback.StackSummary.extract(
                        [(caller, caller.f_lineno)]).format()
        if entries:
            parts.append("Traceback (most recent call last):\n")
            parts.extend(entries)
    except BaseException:
        pass
    etype = type(exc)
    module = getattr(etype, "__module__", None)
    name = getattr(etype, "__qualname__", etype.__name__)
    if not isinstance(module, str):
        name = "<unknown>." + name
    elif module not in ("builtins", "__main__"):
        name = module + "." + name
    try:
        text = str(exc)
    except BaseException:
        text = "<exception str() failed>"
    parts.append(f"{name}: {text}\n")
    stream = _sys.stderr
    if stream is None:
        return
    try:
        flush = getattr(_sys.stdout, "flush", None)
        if flush is not None:
            flush()
    except BaseException:
        pass
    try:
        stream.write("".join(parts))
        stream.flush()
    except BaseException:
        pass


def _run_exitfuncs():
    """Call the registered functions, last registered first, then clear them."""
    # Functions registered while running are not called; they are cleared too.
    for i in range(len(_callbacks) - 1, -1, -1):
        if i >= len(_callbacks):
            continue
        entry = _callbacks[i]
        if entry is None:
            continue
        func, args, kwargs = entry
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            _write_unraisable(exc, func)
    _callbacks.clear()
