# Futures from submit(): results, exceptions, callbacks and states.
import sys
from concurrent import futures
from concurrent.futures import ThreadPoolExecutor, Future


def fetch(url):
    if url.endswith(".bad"):
        raise ValueError("cannot fetch " + url)
    return len(url)


urls = ["a.com", "bb.org", "ccc.bad", "dddd.net"]
done_log = []
with ThreadPoolExecutor(max_workers=2) as ex:
    jobs = {ex.submit(fetch, u): u for u in urls}
    for fut in jobs:
        fut.add_done_callback(lambda f: done_log.append(jobs[f]))
    for fut, url in jobs.items():
        print(url, fut.done(), fut.running(), fut.cancelled(), fut.cancel())
        exc = fut.exception()
        if exc is None:
            print("  result", fut.result())
        else:
            print("  error", type(exc).__name__, exc)
            try:
                fut.result()
            except ValueError as e:
                print("  re-raised", e is exc)
print(sorted(done_log))

# keyword arguments and a function raising a BaseException subclass
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(sorted, [3, 1, 2], reverse=True)
    print(f.result())
    f = ex.submit(sys.exit, 4)
    print(type(f.exception()).__name__, f.exception().code)

# A Future driven by hand.
f = Future()
print(f.done(), f.running(), f.cancelled())
print(f.set_running_or_notify_cancel(), f.running())
calls = []
f.add_done_callback(lambda fut: calls.append(fut.result()))
f.set_result(42)
print(f.done(), f.result(), calls)
try:
    f.set_result(1)
except futures.InvalidStateError as e:
    print(type(e).__name__, str(e).split(":")[0])
try:
    f.set_exception(ValueError())
except futures.InvalidStateError as e:
    print(type(e).__name__, str(e).split(":")[0])

g = Future()
print(g.cancel(), g.cancel(), g.cancelled(), g.done())
for call in (g.result, g.exception):
    try:
        call()
    except futures.CancelledError as e:
        print(call.__name__, type(e).__name__, repr(e))
print(g.set_running_or_notify_cancel())

h = Future()
h.set_exception(KeyError("k"))
print(repr(h.exception()), h.done())
try:
    h.result()
except KeyError as e:
    print("KeyError", e)

p = Future()
for call in (p.result, p.exception):
    try:
        call(timeout=0.01)
    except futures.TimeoutError as e:
        print(call.__name__, type(e).__name__, e is not None)
print(futures.TimeoutError is TimeoutError)
r = Future()
r.set_result(None)
import logging
logging.disable(logging.CRITICAL)  # the log line shows an id()
try:
    r.set_running_or_notify_cancel()
except RuntimeError as e:
    print(type(e).__name__, e)
logging.disable(logging.NOTSET)
print(Future[int])
print(repr(Future()).endswith("state=pending>"), repr(f).endswith("state=finished returned int>"),
      repr(h).endswith("state=finished raised KeyError>"), repr(g).endswith("state=cancelled>"))
