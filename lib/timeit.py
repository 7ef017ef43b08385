"""Measure how long small pieces of Python code take to run.

Command line
------------
    python -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [-h] [--] [stmt ...]

    -n N, --number=N   run the statement N times per measurement
                       (default: grow 1, 2, 5, 10, 20, ... until one
                       measurement takes at least 0.2 seconds)
    -r N, --repeat=N   take N measurements (default 5)
    -s S, --setup=S    statement run once before each measurement
                       (may be repeated; default 'pass')
    -u U, --unit=U     report times in U: nsec, usec, msec or sec
    -p, --process      measure CPU time of the process (time.process_time)
                       instead of wall-clock time (time.perf_counter)
    -v, --verbose      also print every measurement; repeat for more digits
    -h, --help         print this text and exit
    stmt               statement(s) to time; several arguments are joined
                       as separate lines (default 'pass')

The result line gives the best of the measurements divided by the loop
count.  When the slowest measurement is at least four times the best one
a warning says the results may be unreliable.

Python interface
----------------
Timer(stmt, setup, timer, globals) compiles the statement into a timing
function.  stmt and setup may be source strings (run in `globals`, by
default this module's namespace) or zero-argument callables.  Timer
methods timeit(), repeat(), autorange() and print_exc() do the work; the
module functions timeit() and repeat() are shortcuts.  Garbage collection
is switched off while a measurement runs.
"""

import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_module_namespace = globals

# Skeleton of the generated timing function.  {init} adds default
# arguments binding callables, {setup} and {stmt} receive the (indented)
# user code.  The layout fixes the line numbers that tracebacks and
# syntax errors report inside the generated source.
template = "\n".join([
    "",
    "def inner(_it, _timer{init}):",
    "    {setup}",
    "    _t0 = _timer()",
    "    for _i in _it:",
    "        {stmt}",
    "        pass",
    "    _t1 = _timer()",
    "    return _t1 - _t0",
    "",
])


def reindent(src, indent):
    """Indent every line of src after the first by `indent` spaces."""
    pad = " " * indent
    return ("\n" + pad).join(src.split("\n"))


def _embed(part, role, indent, prefix, bindings, params):
    """Text that stands for `part` (stmt or setup) in the template.

    Source text is syntax-checked (after `prefix`) and indented; a
    callable is passed to the generated function as a default argument
    named _stmt or _setup and called there.
    """
    if isinstance(part, str):
        compile(prefix + part, dummy_src_name, "exec")
        return reindent(part, indent)
    if callable(part):
        alias = "_" + role
        bindings[alias] = part
        params.append(", %s=%s" % (alias, alias))
        return alias + "()"
    raise ValueError("%s is neither a string nor callable" % role)


class Timer:
    """Timing harness for one statement.

    stmt and setup: source text or a callable taking no arguments.
    timer: a function returning the current time in seconds.
    globals: namespace in which source text is executed.
    """

    def __init__(self, stmt="pass", setup="pass", timer=default_timer,
                 globals=None):
        self.timer = timer
        namespace = _module_namespace() if globals is None else globals
        bindings = {}
        params = []

        # The setup is checked first, on its own, so that its errors
        # report its own line numbers.
        setup_text = _embed(setup, "setup", 4, "", bindings, params)
        # A textual setup is put in front of the statement when checking
        # it, so statement errors report lines of the combined text.
        # Checking happens at module level: 'return', 'yield', 'break'
        # and friends would be accepted inside the generated function.
        before = setup + "\n" if isinstance(setup, str) else ""
        stmt_text = _embed(stmt, "stmt", 8, before, bindings, params)

        self.src = template.format(stmt=stmt_text, setup=setup_text,
                                   init="".join(params))
        code = compile(self.src, dummy_src_name, "exec")
        exec(code, namespace, bindings)
        self.inner = bindings["inner"]

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled, showing
        the lines of the generated source that it went through.

        Use it in an except clause around timeit()/repeat()."""
        import linecache
        import traceback
        if self.src is not None:
            linecache.cache[dummy_src_name] = (
                len(self.src), None, self.src.split("\n"),
                dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Run setup once, then the statement `number` times; return
        the elapsed time in seconds (as measured by the timer)."""
        loops = itertools.repeat(None, number)
        collecting = gc.isenabled()
        gc.disable()
        try:
            elapsed = self.inner(loops, self.timer)
        finally:
            if collecting:
                gc.enable()
        return elapsed

    def repeat(self, repeat=default_repeat, number=default_number):
        """Call timeit(number) `repeat` times; return the list of results.

        The minimum is usually the figure to look at: larger values come
        from interference by other activity, not from the code itself."""
        measure = self.timeit
        return [measure(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Find a loop count for which timeit() takes at least 0.2 s.

        Tries 1, 2, 5, 10, 20, 50, ... loops; after each trial calls
        callback(number, time_taken) if a callback is given.  Returns
        (number, time_taken) of the first trial that is long enough."""
        magnitude = 1
        while True:
            for factor in (1, 2, 5):
                loops = magnitude * factor
                taken = self.timeit(loops)
                if callback:
                    callback(loops, taken)
                if taken >= 0.2:
                    return (loops, taken)
            magnitude *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number,
           globals=None):
    """Shortcut for Timer(stmt, setup, timer, globals).timeit(number)."""
    bench = Timer(stmt, setup, timer, globals)
    return bench.timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat,
           number=default_number,
           globals=None):
    """Shortcut for Timer(stmt, setup, timer, globals).repeat(repeat,
    number)."""
    bench = Timer(stmt, setup, timer, globals)
    return bench.repeat(repeat, number)


# ------------------------------------------------------------------ CLI

_UNIT_SCALES = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}
# Largest unit first, for picking the unit of a duration automatically.
_UNITS_DESCENDING = sorted(_UNIT_SCALES.items(), key=lambda kv: -kv[1])


def _plural(count):
    return "" if count == 1 else "s"


def _duration_formatter(unit, digits):
    def show(seconds):
        if unit is not None:
            name, scale = unit, _UNIT_SCALES[unit]
        else:
            for name, scale in _UNITS_DESCENDING:
                if seconds >= scale:
                    break
        return "%.*g %s" % (digits, seconds / scale, name)
    return show


def main(args=None, *, _wrap_timer=None):
    """Command-line entry point; args defaults to sys.argv[1:].

    Returns None on success, or an exit status: 0 after --help, 1 when
    the timed code raised, 2 for a usage error.  _wrap_timer, if given,
    is applied to the chosen timer (a hook for testing)."""
    import getopt
    import os

    if args is None:
        args = sys.argv[1:]
    try:
        options, args = getopt.getopt(
            args, "n:u:s:r:pvh",
            ["number=", "setup=", "repeat=", "process", "verbose",
             "unit=", "help"])
    except getopt.error as problem:
        print(problem, file=sys.stderr)
        print("use -h/--help for command line help", file=sys.stderr)
        return 2

    clock = default_timer
    stmt = "\n".join(args) if args else "pass"
    number = 0                  # 0: let autorange() choose
    setup_lines = []
    repeat = default_repeat
    verbose = 0
    unit = None
    digits = 3
    for flag, value in options:
        if flag in ("-n", "--number"):
            number = int(value)
        elif flag in ("-s", "--setup"):
            setup_lines.append(value)
        elif flag in ("-u", "--unit"):
            if value not in _UNIT_SCALES:
                print("Unrecognized unit. Please select nsec, usec, msec, "
                      "or sec.", file=sys.stderr)
                return 2
            unit = value
        elif flag in ("-r", "--repeat"):
            repeat = max(int(value), 1)
        elif flag in ("-p", "--process"):
            clock = time.process_time
        elif flag in ("-v", "--verbose"):
            # The first -v turns verbose output on; each further one
            # adds a significant digit.
            if verbose:
                digits += 1
            verbose += 1
        elif flag in ("-h", "--help"):
            print(__doc__, end="")
            return 0
    setup = "\n".join(setup_lines) if setup_lines else "pass"

    # Let the timed code import modules from the current directory.
    sys.path[:0] = [os.curdir]
    if _wrap_timer:
        clock = _wrap_timer(clock)

    bench = Timer(stmt, setup, clock)
    show = _duration_formatter(unit, digits)

    if number == 0:
        report = None
        if verbose:
            def report(loops, taken):
                print("%d loop%s -> %.*g secs"
                      % (loops, _plural(loops), digits, taken))
        try:
            number, _ = bench.autorange(report)
        except:
            bench.print_exc()
            return 1
        if verbose:
            print()

    try:
        totals = bench.repeat(repeat, number)
    except:
        bench.print_exc()
        return 1

    if verbose:
        print("raw times: %s" % ", ".join(show(t) for t in totals))
        print()

    per_loop = [t / number for t in totals]
    best = min(per_loop)
    worst = max(per_loop)
    summary = "%d loop%s, best of %d: %s per loop"
    print(summary % (number, _plural(number), repeat, show(best)))
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit(
            "The test results are likely unreliable. The worst time (%s) "
            "was more than four times slower than the best time (%s)."
            % (show(worst), show(best)),
            UserWarning, "", 0)
    return None


if __name__ == '__main__':
    sys.exit(main())
