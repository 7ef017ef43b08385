# Executor lifecycle and error cases.
import threading
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor


def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("zero workers", lambda: ThreadPoolExecutor(max_workers=0))
attempt("negative workers", lambda: ThreadPoolExecutor(-1))
attempt("bad initializer", lambda: ThreadPoolExecutor(initializer=42))
attempt("process zero", lambda: ProcessPoolExecutor(0))
attempt("process initializer", lambda: ProcessPoolExecutor(initializer="x"))
attempt("tasks per child", lambda: ProcessPoolExecutor(max_tasks_per_child=0))

ex = ThreadPoolExecutor(max_workers=2)
print(ex.submit(len, "abc").result())
ex.shutdown()
attempt("submit after shutdown", lambda: ex.submit(len, "x"))
attempt("map after shutdown", lambda: ex.map(len, ["x"]))
ex.shutdown()

with ThreadPoolExecutor(1) as ex2:
    pass
attempt("after with", lambda: ex2.submit(print))

pex = ProcessPoolExecutor(1)
pex.shutdown(wait=False)
attempt("process after shutdown", lambda: pex.submit(abs, -1))

# Initializer runs in the worker before the calls.
state = threading.local()


def init(prefix):
    state.prefix = prefix


def tag(x):
    return state.prefix + str(x)


with ThreadPoolExecutor(max_workers=1, initializer=init, initargs=("w-",)) as ex:
    print(list(ex.map(tag, [1, 2, 3])))


def failing_init():
    raise OSError("no database")


import logging
logging.disable(logging.CRITICAL)
ex = ThreadPoolExecutor(max_workers=1, initializer=failing_init)
f = ex.submit(abs, -5)
try:
    f.result()
except cf.BrokenExecutor as e:
    print(type(e).__name__, isinstance(e, RuntimeError), e)
attempt("submit to broken pool", lambda: ex.submit(abs, -5))
ex.shutdown()
logging.disable(logging.NOTSET)

# An exception inside the with block still shuts the pool down.
try:
    with ThreadPoolExecutor(1) as ex3:
        ex3.submit(abs, 1)
        raise KeyError("inside")
except KeyError as e:
    print("propagated", e)
attempt("after failed with", lambda: ex3.submit(abs, 1))

print(issubclass(cf.CancelledError, Exception), issubclass(cf.BrokenExecutor, RuntimeError))
print(cf.CancelledError.__module__, cf.InvalidStateError.__module__, cf.BrokenExecutor.__module__)
print(cf.thread.BrokenThreadPool.__mro__[1].__name__, cf.process.BrokenProcessPool.__mro__[1].__name__)
print(isinstance(ThreadPoolExecutor(), cf.Executor), isinstance(ProcessPoolExecutor(1), cf.Executor))
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="fetcher") as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())
