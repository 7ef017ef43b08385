"""The interactive helpers CPython's site module adds to builtins: exit, quit, copyright,
credits, license, help, and the breakpoint() hook."""

import sys as _sys


class Quitter:
    def __init__(self, name, eof='Ctrl-D (i.e. EOF)'):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return f"Use {self.name}() or {self.eof} to exit"

    def __call__(self, code=None):
        try:
            _sys.stdin.close()
        except Exception:
            pass
        raise SystemExit(code)


class _Printer:
    """Shows a text when called; its repr says how to see it."""

    def __init__(self, name, text, hint=None):
        self._name = name
        self._text = text
        self._hint = hint

    def __repr__(self):
        if self._hint is not None:
            return self._hint
        return self._text

    def __call__(self):
        print(self._text)


class _Helper:
    def __repr__(self):
        return ("Type help() for interactive help, or help(object) for help about "
                "object.")

    def __call__(self, *args, **kwds):
        raise NotImplementedError(
            "help() needs the pydoc module, which Ferrython does not provide yet")


exit = Quitter("exit")
quit = Quitter("quit")
copyright = _Printer(
    "copyright",
    "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
    "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
    "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\n"
    "All Rights Reserved.\n\n"
    "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\n"
    "All Rights Reserved.")
credits = _Printer(
    "credits",
    "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
    "    for supporting Python development.  See www.python.org for more information.")
license = _Printer(
    "license", "See https://www.python.org/psf/license/",
    "Type license() to see the full license text")
help = _Helper()


def _default_breakpointhook(*args, **kws):
    import os
    target = os.environ.get("PYTHONBREAKPOINT", "")
    if target == "0":
        return None
    if target and target != "pdb.set_trace":
        modname, _, funcname = target.rpartition(".")
        try:
            module = __import__(modname or "builtins", fromlist=[funcname])
            hook = getattr(module, funcname)
        except (ImportError, AttributeError):
            import warnings
            warnings.warn(f'Ignoring unimportable $PYTHONBREAKPOINT: "{target}"',
                          RuntimeWarning)
            return None
        return hook(*args, **kws)
    raise NotImplementedError(
        "breakpoint() needs the pdb debugger, which Ferrython does not provide yet "
        "(set PYTHONBREAKPOINT=0 to disable breakpoints)")


def breakpoint(*args, **kws):
    hook = getattr(_sys, "breakpointhook", None)
    if hook is None:
        raise RuntimeError("lost sys.breakpointhook")
    return hook(*args, **kws)


if not hasattr(_sys, "breakpointhook"):
    _sys.breakpointhook = _sys.__breakpointhook__ = _default_breakpointhook
