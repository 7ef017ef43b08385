"""Deterministic profiling built on the native _lsprof profiler (Ferrython).

Usage: cProfile.run('expression') or ``python -m cProfile script.py``.
"""

import _lsprof
import profile as _pyprofile

__all__ = ["run", "runctx", "Profile"]


def run(statement, filename=None, sort=-1):
    """Profile exec(statement) in __main__'s namespace and report or save."""
    driver = _pyprofile._Utils(Profile)
    return driver.run(statement, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """Profile exec(statement, globals, locals) and report or save."""
    driver = _pyprofile._Utils(Profile)
    return driver.runctx(statement, globals, locals, filename, sort)



def _function_key(code):
    """Map an _lsprof entry's code to a pstats key (file, line, name)."""
    filename = getattr(code, 'co_filename', None)
    if filename is None:
        return ('~', 0, code)
    return filename, code.co_firstlineno, code.co_name


class Profile(_lsprof.Profiler):
    """Profile(timer=None, timeunit=0.0, subcalls=True, builtins=True)

    Collects timing statistics of the code run while it is enabled.
    """

    def print_stats(self, sort=-1):
        import pstats
        report = pstats.Stats(self)
        report.strip_dirs()
        report.sort_stats(sort)
        report.print_stats()

    def dump_stats(self, file):
        import pstats
        with open(file, 'wb') as sink:
            self.create_stats()
            pstats._write_stats(self.stats, sink)

    def create_stats(self):
        self.disable()
        self.snapshot_stats()

    def snapshot_stats(self):
        raw = self.getstats()
        stats = {}
        callers_of = {}
        for entry in raw:
            key = _function_key(entry.code)
            total = entry.callcount
            prim = total - entry.reccallcount
            if key in stats:
                # two code objects with the same label: merge them
                cc, nc, tt, ct, callers = stats[key]
                stats[key] = (cc + prim, nc + total, tt + entry.inlinetime,
                              ct + entry.totaltime, callers)
            else:
                callers = {}
                callers_of[key] = callers
                stats[key] = (prim, total, entry.inlinetime, entry.totaltime,
                              callers)
        for entry in raw:
            subs = entry.calls
            if not subs:
                continue
            caller = _function_key(entry.code)
            for sub in subs:
                callers = callers_of.get(_function_key(sub.code))
                if callers is None:
                    continue
                nc = sub.callcount
                cc = nc - sub.reccallcount
                tt = sub.inlinetime
                ct = sub.totaltime
                prev = callers.get(caller)
                if prev is not None:
                    nc += prev[0]
                    cc += prev[1]
                    tt += prev[2]
                    ct += prev[3]
                callers[caller] = (nc, cc, tt, ct)
        self.stats = stats

    # The following mirror the profile.Profile interface.

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self.enable()
        try:
            namespaces = (globals, locals)
            exec(cmd, *namespaces)
        finally:
            self.disable()
        return self

    def runcall(self, func, /, *args, **kw):
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()


def label(code):
    return _function_key(code)


def main():
    import os
    import sys
    import runpy
    import pstats

    opts, args = _pyprofile._parse_command_line(
        "cProfile.py", _pyprofile._CPROFILE_HELP,
        sorted(pstats.Stats.sort_arg_dict_default))
    sys.argv[:] = args
    outfile = opts["outfile"]
    if outfile is not None:
        outfile = os.path.abspath(outfile)
    if not args:
        _pyprofile._print_usage("cProfile.py")
        return None
    code, namespace = _pyprofile._prepare_main(args, opts["module"], runpy)
    try:
        runctx(code, namespace, None, outfile, opts["sort"])
    except BrokenPipeError as exc:
        sys.stdout = None
        sys.exit(exc.errno)
    return None


if __name__ == "__main__":
    main()
