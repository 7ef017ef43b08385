"""Issue, filter, format and record warnings."""

import sys
import builtins as _builtins

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def _default_filters():
    items = [("default", None, DeprecationWarning, "__main__", 0),
             ("ignore", None, DeprecationWarning, None, 0)]
    for name in ("PendingDeprecationWarning", "ImportWarning", "ResourceWarning"):
        cat = getattr(_builtins, name, None)
        if cat is not None:
            items.append(("ignore", None, cat, None, 0))
    return items


# Each filter is (action, message regex or None, category, module regex/str or None, lineno).
filters = _default_filters()
defaultaction = "default"
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


class WarningMessage(object):
    """The details of one warning, as stored by catch_warnings(record=True)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f"{{message : {self.message!r}, category : {self._category_name!r}, "
                f"filename : {self.filename!r}, lineno : {self.lineno}, "
                f"line : {self.line!r}}}")


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    if msg.line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    else:
        line = msg.line
    if line:
        s += "  %s\n" % line.strip()
    if msg.source is not None:
        tb = None
        try:
            import tracemalloc
        except Exception:
            # No allocation tracking here: give the same hint as an untraced run.
            suggest = True
        else:
            try:
                suggest = not tracemalloc.is_tracing()
                tb = tracemalloc.get_object_traceback(msg.source)
            except Exception:
                suggest = False
                tb = None
        if tb is not None:
            s += "Object allocated at (most recent call last):\n"
            for frame in tb:
                s += f'  File "{frame.filename}", lineno {frame.lineno}\n'
                try:
                    import linecache
                    line = linecache.getline(frame.filename, frame.lineno)
                except Exception:
                    line = None
                if line:
                    s += "    %s\n" % line.strip()
        elif suggest:
            s += f"{category}: Enable tracemalloc to get the object allocation traceback\n"
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def formatwarning(message, category, filename, lineno, line=None):
    """Return the text a warning is shown as."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (default sys.stderr)."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    fw = formatwarning
    if fw is not _formatwarning_orig:
        # A user replacement: call it with the documented signature.
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a "
                            "function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Add a filter (action, message regex, category, module regex, lineno)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    if message or module:
        import re
    msg_re = re.compile(message, re.I) if message else None
    mod_re = re.compile(module) if module else None
    _add_filter(action, msg_re, category, mod_re, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter matching any message and module."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        # Move an existing identical filter to the front.
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """Bad -W option."""


def _matches(pattern, value):
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == value
    return bool(pattern.match(value))


def _caller_context(stacklevel, skip_file_prefixes):
    """(globals, filename, lineno) of the frame stacklevel levels above warn's caller."""
    getframe = getattr(sys, "_getframe", None)
    if getframe is None:
        return None
    try:
        frame = getframe(2)
    except ValueError:
        return None
    level = stacklevel
    while frame is not None and level > 1:
        frame = frame.f_back
        while (frame is not None and skip_file_prefixes
               and frame.f_code.co_filename.startswith(skip_file_prefixes)):
            frame = frame.f_back
        level -= 1
    if frame is None:
        return None
    return frame.f_globals, frame.f_code.co_filename, frame.f_lineno


def _already_warned(registry, key, should_set):
    """Whether key is recorded in registry (reset when the filters changed)."""
    if registry.get("version") != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    elif registry.get(key):
        return True
    if should_set:
        registry[key] = True
    return False


def warn(message, category=None, stacklevel=1, source=None, *,
         skip_file_prefixes=()):
    """Issue a warning, which the filters may show, ignore or turn into an error."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    if not isinstance(skip_file_prefixes, tuple):
        raise TypeError("warn() argument 'skip_file_prefixes' must be tuple, "
                        f"not {type(skip_file_prefixes).__name__}")
    if skip_file_prefixes:
        stacklevel = max(2, stacklevel)
    ctx = _caller_context(stacklevel, skip_file_prefixes)
    if ctx is None:
        # No frame to blame: attribute the warning to the sys module.
        globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals, filename, lineno = ctx
    module = globals.get("__name__", "<string>")
    if not isinstance(module, str):
        module = "<string>"
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  globals, source)


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Issue a warning with an explicitly given location."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat)
                and _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "error":
        raise message
    if action == "ignore":
        return
    import linecache
    linecache.getlines(filename, module_globals)
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "once":
            # Once per registry: the caller's module registry, else a global one.
            reg = onceregistry if registry is None else registry
            if _already_warned(reg, (text, category), True):
                return
        elif action == "module":
            if registry is not None and _already_warned(registry, (text, category, 0), True):
                return
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r"
                               % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class catch_warnings(object):
    """Save the warnings state on entry and restore it on exit.

    With record=True, warnings are appended to the list returned by __enter__
    instead of being shown.
    """

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._saved_filters = mod.filters
        mod.filters = self._saved_filters[:]
        mod._filters_mutated()
        self._saved_showwarning = mod.showwarning
        self._saved_showwarnmsg_impl = mod._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            mod._showwarnmsg_impl = log.append
            # Use the default showwarning so that records go to the log.
            mod.showwarning = mod._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters = self._saved_filters
        mod._filters_mutated()
        mod.showwarning = self._saved_showwarning
        mod._showwarnmsg_impl = self._saved_showwarnmsg_impl


_warnings_defaults = False
