# Callbacks on cancellation, map with timeout, shutdown(cancel_futures),
# nested submission, worker thread names and threading.local in workers.
import threading
import concurrent.futures as cf

log = []
f = cf.Future()
f.add_done_callback(lambda fut: log.append(("cb", fut.cancelled())))
print(f.cancel(), log)
f2 = cf.Future()
f2.set_running_or_notify_cancel()
print(f2.cancel(), f2.running(), f2.done())
f2.set_exception(OSError(2, "gone"))
print(type(f2.exception()).__name__, f2.exception().errno)

with cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix="pool") as ex:
    names = list(ex.map(lambda _: threading.current_thread().name, range(3)))
    print(names)
    print(list(ex.map(pow, [2, 3], [5, 2], timeout=5)))
    it = ex.map(divmod, [7, 9], [2, 0])
    print(next(it))
    try:
        next(it)
    except ZeroDivisionError as e:
        print("map raised", e)

# thread-local state set in a worker stays in that worker
tls = threading.local()
tls.tag = "main"


def remember(x):
    prev = getattr(tls, "tag", None)
    tls.tag = x
    return prev


with cf.ThreadPoolExecutor(max_workers=1) as ex:
    print([ex.submit(remember, i).result() for i in range(3)])
print(tls.tag)

# wait() / as_completed with a mixture of states
a, b, c = cf.Future(), cf.Future(), cf.Future()
a.set_result(1)
b.set_exception(ValueError("b"))
c.cancel()
c.set_running_or_notify_cancel()
done, not_done = cf.wait([a, b, c], return_when=cf.FIRST_EXCEPTION)
print(len(done), len(not_done))
print(sorted(repr(f).split("state=")[1] for f in cf.as_completed([a, b, c, a])))
print(cf.wait([a], return_when="bogus").not_done)

# The pool is shut down after with; shutdown can be called repeatedly.
ex = cf.ThreadPoolExecutor(2)
fut = ex.submit(sum, [1, 2, 3])
ex.shutdown(wait=True, cancel_futures=True)
ex.shutdown()
print(fut.result(), fut.done())

# Executor subclass using the base map()
class Inline(cf.Executor):
    def submit(self, fn, /, *args, **kwargs):
        f = cf.Future()
        try:
            f.set_result(fn(*args, **kwargs))
        except Exception as e:
            f.set_exception(e)
        return f


with Inline() as inline:
    print(list(inline.map(str, [1, 2])))
try:
    cf.Executor().submit(print)
except NotImplementedError:
    print("base submit not implemented")
print(cf.Future().running(), cf.Future().done())
print(cf.DoneAndNotDoneFutures.__name__ if hasattr(cf, "DoneAndNotDoneFutures") else "no alias")
print(cf.ProcessPoolExecutor(max_workers=3)._max_workers)
