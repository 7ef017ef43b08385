# wait() and as_completed() over futures.
import concurrent.futures as cf


def work(n):
    if n == 3:
        raise RuntimeError("bad input %d" % n)
    return n * 100


with cf.ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(work, n) for n in range(5)]
    results = []
    for fut in cf.as_completed(fs):
        try:
            results.append(fut.result())
        except RuntimeError as e:
            results.append(str(e))
    print(sorted(results, key=str))

    done, not_done = cf.wait(fs)
    print(len(done), len(not_done))
    res = cf.wait(fs, timeout=1, return_when=cf.FIRST_COMPLETED)
    print(type(res).__name__, len(res.done), len(res.not_done))
    done, not_done = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
    print(len(done), len(not_done))
    print(sum(1 for f in done if f.exception() is not None))

# Futures that never complete: wait and as_completed time out.
pending = cf.Future()
finished = cf.Future()
finished.set_result("ok")
done, not_done = cf.wait([pending, finished], timeout=0.01)
print([f.result() for f in done], len(not_done))
done, not_done = cf.wait([pending, finished], return_when=cf.FIRST_COMPLETED)
print(len(done), len(not_done))
seen = []
try:
    for f in cf.as_completed([finished, pending, finished], timeout=0.01):
        seen.append(f.result())
except cf.TimeoutError as e:
    print(seen, type(e).__name__, e)

cancelled = cf.Future()
cancelled.cancel()
done, not_done = cf.wait([cancelled], timeout=0.01)
print(len(done), len(not_done))
cancelled.set_running_or_notify_cancel()
done, not_done = cf.wait([cancelled])
print(len(done), len(not_done), [f.cancelled() for f in done])
print(cf.wait([]))
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(list(cf.as_completed([])))
