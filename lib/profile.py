"""A profiler written in Python, built on sys.setprofile (Ferrython).

Same interface as cProfile, with much larger overhead.
"""

import sys
import time

__all__ = ["run", "runctx", "Profile"]


class _Utils:
    """Shared driver for the module-level run()/runctx() helpers."""

    def __init__(self, profiler):
        self.profiler = profiler

    def run(self, statement, filename, sort):
        self._drive(lambda p: p.run(statement), filename, sort)

    def runctx(self, statement, globals, locals, filename, sort):
        self._drive(lambda p: p.runctx(statement, globals, locals),
                    filename, sort)

    def _drive(self, action, filename, sort):
        worker = self.profiler()
        try:
            action(worker)
        except SystemExit:
            pass
        finally:
            if filename is None:
                worker.print_stats(sort)
            else:
                worker.dump_stats(filename)


def run(statement, filename=None, sort=-1):
    """Profile exec(statement) in __main__'s namespace.

    The report is printed (ordered by sort) unless filename is given, in
    which case the raw statistics are saved there.
    """
    driver = _Utils(Profile)
    return driver.run(statement, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """Like run(), with explicit globals and locals mappings."""
    driver = _Utils(Profile)
    return driver.runctx(statement, globals, locals, filename, sort)


# A record on the profiler's call stack:
#   [key, frame, own_time, child_time, parent_record, is_c_function]
_KEY, _FRAME, _OWN, _CHILD, _PARENT, _IS_C = range(6)


class Profile:
    """Profile(timer=None, bias=None)

    Deterministic profiler driven by sys.setprofile events.  timer, when
    given, returns the current time as a number (or a sequence of numbers
    that are summed).
    """

    bias = 0

    def __init__(self, timer=None, bias=None):
        self.timings = {}
        self._active = {}
        self.cur = None
        self.cmd = ""
        self.c_func_name = ""
        if bias is None:
            bias = self.bias
        self.bias = bias
        if timer is None:
            self.get_time = time.process_time
            self.timer = self.get_time
        else:
            self.timer = timer
            sample = timer()
            if isinstance(sample, (tuple, list)):
                def summed(timer=timer):
                    return sum(timer())
                self.get_time = summed
            else:
                self.get_time = timer
        self.t = self.get_time()
        self.simulate_call("profiler")

    # ---- event handling --------------------------------------------------

    def _enter(self, key, frame, is_c):
        parent = self.cur
        timings = self.timings
        if key not in timings:
            timings[key] = [0, 0, 0, 0, {}]
        active = self._active
        active[key] = active.get(key, 0) + 1
        self.cur = [key, None, 0, 0, parent, is_c]

    def _leave(self):
        rec = self.cur
        key = rec[_KEY]
        own = rec[_OWN]
        total = own + rec[_CHILD]
        parent = rec[_PARENT]
        stat = self.timings[key]
        stat[2] += own
        left = self._active[key] - 1
        self._active[key] = left
        if left == 0:
            stat[0] += 1
            stat[3] += total
        if parent is not None:
            parent[_CHILD] += total
            callers = stat[4]
            pkey = parent[_KEY]
            callers[pkey] = callers.get(pkey, 0) + 1
        self.cur = parent

    def _leave_matching(self, key, is_c):
        # Pop records up to and including the innermost one for key (frame
        # objects are not compared: they need not keep their identity).
        rec = self.cur
        while rec is not None:
            if rec[_KEY] == key and rec[_IS_C] == is_c:
                break
            rec = rec[_PARENT]
        else:
            return
        while True:
            top = self.cur
            self._leave()
            if top is rec:
                return

    def trace_dispatch(self, frame, event, arg):
        elapsed = self.get_time() - self.t - self.bias
        rec = self.cur
        if rec is not None:
            rec[_OWN] += elapsed
        if event == 'call':
            code = frame.f_code
            self._enter((code.co_filename, code.co_firstlineno, code.co_name),
                        frame, False)
        elif event == 'return':
            code = frame.f_code
            key = (code.co_filename, code.co_firstlineno, code.co_name)
            if rec is not None and rec[_KEY] == key and not rec[_IS_C]:
                self._leave()
            else:
                self._leave_matching(key, False)
        elif event == 'c_call':
            self.c_func_name = name = getattr(arg, '__name__', None) or repr(arg)
            self._enter(('', 0, name), frame, True)
        elif event == 'c_return' or event == 'c_exception':
            if rec is not None and rec[_IS_C]:
                self._leave()
            else:
                name = getattr(arg, '__name__', None) or repr(arg)
                self._leave_matching(('', 0, name), True)
        self.t = self.get_time()

    dispatcher = trace_dispatch

    # ---- fake frames for the command being profiled ----------------------

    def set_cmd(self, cmd):
        if self.cur is not None and self.cur[_PARENT] is not None:
            return
        self.cmd = cmd
        self.simulate_call(cmd)

    def simulate_call(self, name):
        self._enter(('profile', 0, name), None, False)

    def _finish_pending(self):
        elapsed = self.get_time() - self.t
        while self.cur is not None and self.cur[_PARENT] is not None:
            self.cur[_OWN] += elapsed
            elapsed = 0
            self._leave()
        self.t = self.get_time() - elapsed

    simulate_cmd_complete = _finish_pending

    # ---- results -----------------------------------------------------------

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        import pstats
        with open(file, 'wb') as sink:
            self.create_stats()
            pstats._write_stats(self.stats, sink)

    def create_stats(self):
        self._finish_pending()
        self.snapshot_stats()

    def snapshot_stats(self):
        stats = {}
        for key, (cc, ns, tt, ct, callers) in self.timings.items():
            callers = dict(callers)
            stats[key] = (cc, sum(callers.values()), tt, ct, callers)
        self.stats = stats

    # ---- running code --------------------------------------------------------

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self.set_cmd(cmd)
        sys.setprofile(self.trace_dispatch)
        try:
            namespaces = (globals, locals)
            exec(cmd, *namespaces)
        finally:
            sys.setprofile(None)
        return self

    def runcall(self, func, /, *args, **kw):
        self.set_cmd(repr(func))
        sys.setprofile(self.trace_dispatch)
        try:
            return func(*args, **kw)
        finally:
            sys.setprofile(None)

    def calibrate(self, m, verbose=0):
        raise NotImplementedError(
            "profile.Profile.calibrate() is not supported by Ferrython")


# ---------------------------------------------------------------------------
# Command line support, shared with cProfile.

_USAGE = "Usage: %s [-o output_file_path] [-s sort] [-m module | scriptfile] [arg] ..."

_PROFILE_HELP = """\
Options:
  -h, --help            show this help message and exit
  -o OUTFILE, --outfile=OUTFILE
                        Save stats to <outfile>
  -m                    Profile a library module.
  -s SORT, --sort=SORT  Sort order when printing to stdout, based on
                        pstats.Stats class"""

_CPROFILE_HELP = """\
Options:
  -h, --help            show this help message and exit
  -o OUTFILE, --outfile=OUTFILE
                        Save stats to <outfile>
  -s SORT, --sort=SORT  Sort order when printing to stdout, based on
                        pstats.Stats class
  -m                    Profile a library module"""


def _print_usage(prog, file=None):
    print(_USAGE % prog + "\n", file=file if file is not None else sys.stdout)


def _parse_command_line(prog, help_text, sort_choices):
    """Parse sys.argv[1:] the way the profilers' option parser does.

    Returns (options dict, remaining positional arguments); exits on errors
    (status 2) or after --help (status 0).
    """
    argv = sys.argv[1:]
    if not argv:
        _print_usage(prog)
        sys.exit(2)

    def fail(msg):
        _print_usage(prog, sys.stderr)
        sys.stderr.write("%s: error: %s\n" % (prog, msg))
        sys.exit(2)

    opts = {"outfile": None, "sort": -1, "module": False}
    takes_value = {"outfile": True, "sort": True, "help": False, "module": False}

    def store(name, shown, value):
        if name == "help":
            print(_USAGE % prog + "\n")
            print(help_text)
            sys.exit(0)
        if name == "sort" and sort_choices is not None and value not in sort_choices:
            fail("option %s: invalid choice: %r (choose from %s)"
                 % (shown, value, ", ".join(repr(c) for c in sort_choices)))
        opts[name] = True if name == "module" else value

    longs = {"--help": "help", "--outfile": "outfile", "--sort": "sort"}
    shorts = {"h": "help", "o": "outfile", "s": "sort", "m": "module"}
    i = 0
    n = len(argv)
    while i < n:
        arg = argv[i]
        if arg == "--":
            i += 1
            break
        if arg.startswith("--"):
            i += 1
            name, eq, value = arg.partition("=")
            if name in longs:
                full = name
            else:
                found = [o for o in longs if o.startswith(name)]
                if not found:
                    fail("no such option: %s" % name)
                if len(found) > 1:
                    fail("ambiguous option: %s (%s?)" % (name, ", ".join(found)))
                full = found[0]
            dest = longs[full]
            if takes_value[dest]:
                if not eq:
                    if i >= n:
                        fail("%s option requires 1 argument" % full)
                    value = argv[i]
                    i += 1
            elif eq:
                fail("%s option does not take a value" % full)
            store(dest, full, value)
        elif arg.startswith("-") and arg != "-":
            i += 1
            pos = 1
            while pos < len(arg):
                ch = arg[pos]
                pos += 1
                dest = shorts.get(ch)
                if dest is None:
                    fail("no such option: -%s" % ch)
                value = None
                if takes_value[dest]:
                    if pos < len(arg):
                        value = arg[pos:]
                    elif i < n:
                        value = argv[i]
                        i += 1
                    else:
                        fail("-%s option requires 1 argument" % ch)
                    pos = len(arg)
                store(dest, "-" + ch, value)
        else:
            break
    return opts, argv[i:]


def _prepare_main(args, as_module, runpy, alter_sys=False):
    """Build the code and namespace that run the target as __main__."""
    import os
    import io
    import importlib.machinery
    if as_module:
        if alter_sys:
            code = 'run_module(modname, run_name="__main__", alter_sys=True)'
        else:
            code = 'run_module(modname, run_name="__main__")'
        return code, {'run_module': runpy.run_module, 'modname': args[0]}
    progname = args[0]
    script_dir = os.path.dirname(progname)
    sys.path.insert(0, script_dir)
    with io.open_code(progname) as handle:
        source = handle.read()
    code = compile(source, progname, "exec")
    spec = importlib.machinery.ModuleSpec("__main__", None, origin=progname)
    namespace = {
        '__spec__': spec,
        '__file__': spec.origin,
        '__name__': spec.name,
        '__package__': None,
        '__cached__': None,
    }
    return code, namespace


def main():
    import os
    import runpy
    opts, args = _parse_command_line("profile.py", _PROFILE_HELP, None)
    sys.argv[:] = args
    outfile = opts["outfile"]
    if outfile is not None:
        outfile = os.path.abspath(outfile)
    if not args:
        _print_usage("profile.py")
        return None
    code, namespace = _prepare_main(args, opts["module"], runpy, alter_sys=True)
    try:
        runctx(code, namespace, None, outfile, opts["sort"])
    except BrokenPipeError as exc:
        sys.stdout = None
        sys.exit(exc.errno)
    return None


if __name__ == "__main__":
    main()
