# Exceptions escaping a thread go to threading.excepthook; the program goes on.
import io
import sys
import threading

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None))


def parse(text):
    return int(text)


def fails():
    parse("not a number")


def exits():
    sys.exit(3)


def fine():
    seen.append(("fine", threading.current_thread().name))


threading.excepthook = hook
for target in (fails, fine, exits):
    t = threading.Thread(target=target)
    t.start()
    t.join()
    print(t.name, "alive:", t.is_alive())
for item in seen:
    print(item)

# The default hook writes "Exception in thread NAME:" and a traceback to stderr.
threading.excepthook = threading.__excepthook__
buf = io.StringIO()
old = sys.stderr
sys.stderr = buf
try:
    t = threading.Thread(target=fails, name="parser")
    t.start()
    t.join()
    t = threading.Thread(target=exits, name="quitter")
    t.start()
    t.join()
finally:
    sys.stderr = old
lines = buf.getvalue().splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])
print(sum(1 for line in lines if line.startswith("Exception in thread")))

# A subclass whose run() raises; the hook sees the thread object itself.
class Job(threading.Thread):
    def run(self):
        raise KeyError(self.name)


captured = []
threading.excepthook = lambda args: captured.append(args)
job = Job(name="job-1")
job.start()
job.join()
args = captured[0]
print(args.exc_type, repr(args.exc_value), args.thread is job)
print(args.exc_type is args[0], args.thread is args[3], len(args))
threading.excepthook = threading.__excepthook__
print("main continues")
