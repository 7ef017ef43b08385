"""The `exit` and `quit` builtins that CPython's site module adds."""

import sys as _sys


class _Exiter:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Use {self.name}() or Ctrl-D (i.e. EOF) to exit"

    def __call__(self, code=None):
        try:
            _sys.stdin.close()
        except Exception:
            pass
        raise SystemExit(code)


exit = _Exiter("exit")
quit = _Exiter("quit")
