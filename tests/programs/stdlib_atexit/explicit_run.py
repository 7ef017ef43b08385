import atexit


class Callback:
    """A callable with a stable repr, for deterministic error reports."""

    def __init__(self, name, fail=None):
        self.name = name
        self.fail = fail

    def __call__(self, *args, **kwargs):
        print("running", self.name, args, sorted(kwargs.items()))
        if self.fail is not None:
            raise self.fail

    def __repr__(self):
        return f"<Callback {self.name}>"


def plain():
    print("plain function")


first = Callback("first")
print(atexit.register(first, 1, 2, key="v") is first)
print(atexit.register(plain) is plain)
atexit.register(Callback("failing", ValueError("callback failed")))
atexit.register(Callback("exits", SystemExit(5)))
atexit.register(Callback("last"))
print(atexit._ncallbacks())

print("--- run")
atexit._run_exitfuncs()
print("--- after run", atexit._ncallbacks())
atexit._run_exitfuncs()
print("second run does nothing")

# unregister removes every registration; counts keep the slots until a run
atexit.register(plain)
atexit.register(first)
atexit.register(plain)
atexit.unregister(plain)
atexit.unregister(Callback("not registered"))
print(atexit._ncallbacks())
atexit._run_exitfuncs()

# _clear forgets everything
atexit.register(plain)
atexit._clear()
print(atexit._ncallbacks())
atexit._run_exitfuncs()

# bad arguments
for args in ((), (42,), ("not callable",)):
    try:
        atexit.register(*args)
    except TypeError as e:
        print(type(e).__name__)
print(atexit.register(print, "registered print") is print)
atexit.unregister(print)
print(atexit._ncallbacks())

# callbacks added while running are not called
def adder():
    print("adder runs and registers another")
    atexit.register(lambda: print("never printed"))

atexit.register(adder)
atexit._run_exitfuncs()
print(atexit._ncallbacks())
print("done")

# a failing builtin callback run explicitly: the report points at the caller
atexit.register(int, "not a number")
atexit._run_exitfuncs()


def run_from_function():
    atexit.register(int, "still not a number")
    atexit._run_exitfuncs()


run_from_function()
print("end")
