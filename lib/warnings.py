"""Python part of the warnings subsystem (Ferrython).

Filtering, registries, display and the catch_warnings context manager are
implemented here in plain Python, following the behaviour documented for
CPython 3.12's warnings module.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

# CPython implements these in C, so a warning turned into an error shows no frame of them.
__native_frames__ = ("warn", "warn_explicit")

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# Filter list: newest (highest priority) entries first.  Each entry is
# (action, message, category, module, lineno); message/module are either
# None, a plain string (exact match) or a compiled regular expression.
filters = []
defaultaction = "default"
onceregistry = {}

# Bumped whenever the filters change; registries remember the generation
# they were filled under and are emptied when it no longer matches.
_generation = 0


def _filters_mutated():
    global _generation
    _generation += 1


# ---------------------------------------------------------------------------
# Display

def _render(msg):
    """Default text for one warning (the formatwarning() layout)."""
    kind = msg.category.__name__
    out = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, kind, msg.message)
    src = msg.line
    if src is None:
        try:
            import linecache
            src = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            src = None
    if src:
        out += "  " + src.strip() + "\n"
    if msg.source is None:
        return out
    return out + _allocation_note(msg, kind)
    return out


def _allocation_note(msg, kind):
    try:
        import tracemalloc
        hint = not tracemalloc.is_tracing()
        trace = tracemalloc.get_object_traceback(msg.source)
    except Exception:
        return ""
    if trace is None:
        if hint:
            return "%s: Enable tracemalloc to get the object allocation traceback\n" % kind
        return ""
    pieces = ["Object allocated at (most recent call last):\n"]
    try:
        import linecache
    except Exception:
        linecache = None
    for fr in trace:
        pieces.append('  File "%s", lineno %s\n' % (fr.filename, fr.lineno))
        text = linecache.getline(fr.filename, fr.lineno) if linecache else ""
        if text:
            pieces.append("    %s\n" % text.strip())
    return "".join(pieces)


def _formatwarnmsg_impl(msg):
    return _render(msg)


def _showwarnmsg_impl(msg):
    stream = msg.file
    if stream is None:
        stream = sys.stderr
        if stream is None:
            return
    try:
        stream.write(_formatwarnmsg(msg))
    except OSError:
        pass


def formatwarning(message, category, filename, lineno, line=None):
    """The text a warning is shown as."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename,
                                              lineno, None, line))


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (stderr by default); programs may replace it."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno,
                                     file, line))


_showwarning_orig, _formatwarning_orig = showwarning, formatwarning


def _formatwarnmsg(msg):
    hook = formatwarning
    if hook is not _formatwarning_orig:
        return hook(msg.message, msg.category, msg.filename, msg.lineno,
                    msg.line)
    return _render(msg)


def _showwarnmsg(msg):
    hook = showwarning
    if hook is not _showwarning_orig:
        if not callable(hook):
            raise TypeError("warnings.showwarning() must be set to a "
                            "function or method")
        hook(msg.message, msg.category, msg.filename, msg.lineno)
        return
    _showwarnmsg_impl(msg)


# ---------------------------------------------------------------------------
# Filter management

def _check_action(action):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))


def _check_lineno(lineno):
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    _check_action(action)
    for ok, complaint in ((isinstance(message, str), "message must be a string"),
                          (isinstance(category, type), "category must be a class")):
        if not ok:
            raise AssertionError(complaint)
    if not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if type(module) is not str and not isinstance(module, str):
        raise AssertionError("module must be a string")
    _check_lineno(lineno)
    msg_rx = mod_rx = None
    if message or module:
        import re
        if message:
            msg_rx = re.compile(message, re.I)
        if module:
            mod_rx = re.compile(module)
    _add_filter(action, msg_rx, category, mod_rx, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    _check_action(action)
    _check_lineno(lineno)
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*entry, append):
    current = filters
    if append:
        if entry not in current:
            current.append(entry)
    else:
        while entry in current:
            current.remove(entry)
        current.insert(0, entry)
    _filters_mutated()


def resetwarnings():
    """Remove every warning filter."""
    del filters[:]
    _filters_mutated()


class _OptionError(Exception):
    """Raised for a malformed -W option."""


def _processoptions(args):
    for spec in args:
        try:
            _setoption(spec)
        except _OptionError as exc:
            print("Invalid -W option ignored:", exc, file=sys.stderr)


def _setoption(arg):
    fields = arg.split(":")
    if len(fields) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    fields += [""] * (5 - len(fields))
    action, message, category, module, lineno = [f.strip() for f in fields]
    import re
    act = _getaction(action)
    cls = _getcategory(category)
    if message or module:
        message = re.escape(message)
    if module:
        module = "%s\\Z" % re.escape(module)
    if lineno:
        try:
            lineno = int(lineno)
        except (ValueError, OverflowError):
            pass  # keep the text for the error message
        if not isinstance(lineno, int) or lineno < 0:
            raise _OptionError("invalid lineno %r" % (lineno,))
        number = lineno
    else:
        number = 0
    filterwarnings(act, message, cls, module, number)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for full in ("default", "always", "ignore", "module", "once", "error"):
        if full.startswith(action):
            return full
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if "." in category:
        modname, _, attr = category.rpartition(".")
        try:
            owner = __import__(modname, None, None, [attr])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (modname,)) from None
        try:
            found = getattr(owner, attr)
        except AttributeError:
            raise _OptionError("unknown warning category: %r" % (category,)) from None
    else:
        import builtins
        found = getattr(builtins, category, None)
        if found is None:
            raise _OptionError("unknown warning category: %r" % (category,))
    if not (isinstance(found, type) and issubclass(found, Warning)):
        raise _OptionError("invalid warning category: %r" % (category,))
    return found


# ---------------------------------------------------------------------------
# Issuing warnings

def _field_matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


def _choose_action(text, category, module, lineno):
    for entry in filters:
        try:
            act, msg_pat, cat, mod_pat, line_no = entry
        except (TypeError, ValueError):
            raise ValueError("warnings.filters item %r isn't a 5-tuple" % (entry,)) from None
        if not _field_matches(msg_pat, text):
            continue
        if not issubclass(category, cat):
            continue
        if not _field_matches(mod_pat, module):
            continue
        if line_no and line_no != lineno:
            continue
        return act, entry
    return defaultaction, None


def _seen(registry, key, remember):
    """Check (and optionally set) a registry entry; expire stale registries."""
    if registry.get("version") != _generation:
        registry.clear()
        registry["version"] = _generation
    if registry.get(key):
        return True
    if remember:
        registry[key] = True
    return False


def _module_from_filename(filename):
    if not filename:
        return "<unknown>"
    if filename.lower().endswith(".py"):
        return filename[:-3]
    return filename


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Low-level interface to warnings functionality."""
    lineno = int(lineno)
    if not (registry is None or isinstance(registry, dict)):
        raise TypeError("'registry' must be a dict or None")
    if module is None:
        module = _module_from_filename(filename)
    if not isinstance(message, Warning):
        text = message
        message = category(message)
    else:
        category = type(message)
        text = str(message)
    key = text, category, lineno
    if registry is not None and _seen(registry, key, False):
        return None
    action, entry = _choose_action(text, category, module, lineno)
    if action == "error":
        raise message
    if action == "ignore":
        return None
    if action != "always":
        if registry is not None:
            registry[key] = True
        short_key = (text, category)
        if action == "once":
            book = onceregistry if registry is None else registry
            if _seen(book, short_key, True):
                return None
        elif action == "module":
            if registry is not None and _seen(registry, short_key, True):
                return None
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r"
                               % (action, entry))
    if module_globals is not None:
        try:
            import linecache
            linecache.getlines(filename, module_globals)
        except Exception:
            pass
    _showwarnmsg(WarningMessage(message, category, filename, lineno,
                                source=source))
    return None


def _bootstrap_frame(frame):
    name = frame.f_code.co_filename
    return "importlib" in name and "_bootstrap" in name


def _skip_outward(frame, prefixes):
    """Step to the calling frame, passing over import machinery and
    frames whose file starts with one of prefixes."""
    frame = frame.f_back
    while frame is not None:
        name = frame.f_code.co_filename
        if not (_bootstrap_frame(frame) or (prefixes and name.startswith(prefixes))):
            break
        frame = frame.f_back
    return frame


def warn(message, category=None, stacklevel=1, source=None, *,
         skip_file_prefixes=()):
    """Report a warning, as the filters say: show it, ignore it or raise it."""
    if not isinstance(skip_file_prefixes, tuple):
        raise TypeError("warn() argument 'skip_file_prefixes' must be tuple, not %s"
                        % type(skip_file_prefixes).__name__)
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    if skip_file_prefixes and stacklevel < 2:
        stacklevel = 2
    frame = sys._getframe(1)
    steps = stacklevel - 1
    if stacklevel <= 0 or _bootstrap_frame(frame):
        while steps > 0 and frame is not None:
            frame = frame.f_back
            steps -= 1
    else:
        while steps > 0 and frame is not None:
            frame = _skip_outward(frame, skip_file_prefixes)
            steps -= 1
    if frame is None:
        scope = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        scope = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    modname = scope.get("__name__") or "<string>"
    registry = scope.get("__warningregistry__")
    if registry is None:
        registry = {}
        try:
            scope["__warningregistry__"] = registry
        except TypeError:
            pass
    warn_explicit(message, category, filename, lineno, modname, registry,
                  scope, source)


class WarningMessage(object):
    """Holds the details of one warning (used when recording)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        for attr, value in zip(self._WARNING_DETAILS,
                               (message, category, filename, lineno, file, line, source)):
            setattr(self, attr, value)
        self._category_name = None if not category else category.__name__

    def __str__(self):
        shown = (self.message, self._category_name, self.filename, self.lineno, self.line)
        return "{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" % shown


class catch_warnings(object):
    """Context manager that saves and restores the warnings state.

    With record=True, warnings are appended to the list returned by
    __enter__ instead of being shown.
    """

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        if module is None:
            module = sys.modules[__name__]
        self._module = module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        parts = []
        if self._record:
            parts.append("record=True")
        if sys.modules[__name__] is not self._module:
            parts.append("module=%r" % (self._module,))
        return "%s(%s)" % (type(self).__name__, ", ".join(parts))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._saved_filters = mod.filters
        mod.filters = self._saved_filters[:]
        mod._filters_mutated()
        self._saved_show = mod.showwarning
        self._saved_impl = mod._showwarnmsg_impl
        if self._filter:
            mod.simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        mod._showwarnmsg_impl = log.append
        mod.showwarning = mod._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters = self._saved_filters
        mod._filters_mutated()
        mod.showwarning = self._saved_show
        mod._showwarnmsg_impl = self._saved_impl


def _deprecated(name, message="{name!r} is deprecated and slated for removal in Python {remove}",
                *, remove, _version=None):
    """Warn that name is deprecated and due for removal in version remove."""
    if _version is None:
        _version = sys.version_info
    wanted = "%s.%s" % (remove[0], remove[1])
    if len(remove) > 3 and remove[3] != "final":
        wanted += "%s%s" % (remove[3][:1], remove[4] if len(remove) > 4 else "")
    if (_version[:2] > remove[:2]
            or (_version[:2] == remove[:2] and len(_version) > 3
                and _version[3] != "alpha")):
        raise RuntimeError("%r was slated for removal after Python %s alpha"
                           % (name, wanted))
    warn(message.format(name=name, remove=wanted), DeprecationWarning, stacklevel=3)


def _warn_unawaited_coroutine(coro):
    text = "coroutine '%s' was never awaited\n" % (getattr(coro, "__qualname__", coro),)
    warn(text.rstrip("\n"), category=RuntimeWarning, stacklevel=2, source=coro)


# ---------------------------------------------------------------------------
# Initial filter list, mirroring a release build of CPython 3.12.

_warnings_defaults = False


def _install_defaults():
    filters[:] = [
        ("default", None, DeprecationWarning, "__main__", 0),
        ("ignore", None, DeprecationWarning, None, 0),
        ("ignore", None, PendingDeprecationWarning, None, 0),
        ("ignore", None, ImportWarning, None, 0),
        ("ignore", None, ResourceWarning, None, 0),
    ]


def _initial_options():
    # The interpreter fills sys.warnoptions from PYTHONWARNINGS and the -W options.
    return list(getattr(sys, "warnoptions", None) or ())


_install_defaults()
_processoptions(_initial_options())
del _install_defaults, _initial_options
