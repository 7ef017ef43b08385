"""Small helpers that build the textual representations used in reprs
and log messages (callbacks, coroutines, truncated values)."""

import sys


def _shorten(text, limit):
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + '...' + text[len(text) - tail:]


def short_repr(value, depth=2):
    """A bounded repr in the spirit of reprlib.repr()."""
    if isinstance(value, str):
        return repr(_shorten(value, 30)) if len(value) > 30 else repr(value)
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int):
        return _shorten(repr(value), 40)
    if isinstance(value, (list, tuple)):
        if depth <= 0:
            return '[...]' if isinstance(value, list) else '(...)'
        parts = [short_repr(v, depth - 1) for v in value[:6]]
        if len(value) > 6:
            parts.append('...')
        if isinstance(value, list):
            return '[' + ', '.join(parts) + ']'
        if len(value) == 1:
            return '(' + parts[0] + ',)'
        return '(' + ', '.join(parts) + ')'
    if isinstance(value, dict):
        if depth <= 0:
            return '{...}'
        items = list(value.items())
        parts = [short_repr(k, depth - 1) + ': ' + short_repr(v, depth - 1)
                 for k, v in items[:4]]
        if len(items) > 4:
            parts.append('...')
        return '{' + ', '.join(parts) + '}'
    try:
        text = repr(value)
    except Exception:
        return '<%s instance>' % type(value).__name__
    return _shorten(text, 30)


def _args_text(args, kwargs):
    items = []
    if args:
        items.extend(short_repr(a) for a in args)
    if kwargs:
        items.extend('%s=%s' % (k, short_repr(v)) for k, v in kwargs.items())
    return '(' + ', '.join(items) + ')'


def _is_partial(func):
    return (hasattr(func, 'func') and hasattr(func, 'args')
            and hasattr(func, 'keywords') and callable(func))


def format_callback(func, args, kwargs=None, suffix=''):
    """``name(args)`` for a callback, unwrapping functools.partial."""
    if _is_partial(func):
        suffix = _args_text(args, kwargs) + suffix
        return format_callback(func.func, func.args, func.keywords, suffix)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
    if not name:
        name = repr(func)
    return name + _args_text(args, kwargs) + suffix


def function_source(func):
    """(filename, first line) of a plain Python function, else None."""
    while _is_partial(func):
        func = func.func
    if hasattr(func, '__self__'):
        return None             # bound methods carry no location
    code = getattr(func, '__code__', None)
    if code is None:
        return None
    return code.co_filename, code.co_firstlineno


def format_callback_source(func, args):
    text = format_callback(func, args)
    source = function_source(func)
    if source:
        text += ' at %s:%s' % source
    return text


def format_coroutine(coro, finished=False):
    """``name() running at file:line`` or ``name() done, defined at ...``."""
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if name:
        name += '()'
    else:
        name = '<%s without __name__>' % type(coro).__name__
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if code is None:
        return name
    filename = code.co_filename or '<empty co_filename>'
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    if frame is not None:
        return '%s running at %s:%s' % (name, filename, frame.f_lineno)
    if not finished and not hasattr(type(coro), 'cr_frame'):
        # The interpreter exposes no frame: assume a live coroutine.
        return '%s running at %s:%s' % (name, filename, code.co_firstlineno)
    return '%s done, defined at %s:%s' % (name, filename, code.co_firstlineno)


def exception_summary(exc):
    """The last line a traceback would print for exc."""
    tp = type(exc)
    name = tp.__qualname__
    module = getattr(tp, '__module__', None)
    if module not in (None, 'builtins', '__main__'):
        name = module + '.' + name
    text = str(exc)
    return name + ': ' + text if text else name


def write_error(text):
    try:
        sys.stderr.write(text + '\n')
    except Exception:
        pass
