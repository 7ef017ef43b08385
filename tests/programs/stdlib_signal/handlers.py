import signal, os, time
print(signal.SIGINT, repr(signal.SIGTERM), signal.Signals(9).name, signal.Signals.SIGIOT, signal.SIGCLD)
print(signal.getsignal(signal.SIGINT).__name__, signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE))
got = []
def h(sig, frame):
    got.append((sig, type(sig).__name__, frame is not None))
old = signal.signal(signal.SIGUSR1, h)
print(old, signal.getsignal(signal.SIGUSR1) is h)
os.kill(os.getpid(), signal.SIGUSR1)
for i in range(1000): pass
print(got)
signal.raise_signal(signal.SIGUSR1)
print(got)
signal.signal(signal.SIGALRM, lambda s, f: got.append("alarm"))
signal.alarm(1)
t = time.time(); time.sleep(1.5); print(got[-1], time.time() - t >= 1.4)
def boom(s, f): raise RuntimeError("from handler")
signal.signal(signal.SIGUSR2, boom)
try:
    signal.raise_signal(signal.SIGUSR2)
except RuntimeError as e:
    print("caught", e)
try:
    os.kill(os.getpid(), signal.SIGINT)
    for i in range(100000): pass
except KeyboardInterrupt:
    print("KeyboardInterrupt")
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is h)
signal.raise_signal(signal.SIGUSR1); print("ignored ok")
for bad in [lambda: signal.signal(0, signal.SIG_DFL), lambda: signal.signal(9, signal.SIG_IGN), lambda: signal.signal(2, 5), lambda: signal.getsignal(100), lambda: signal.strsignal(100)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(signal.strsignal(signal.SIGKILL), signal.strsignal(40), len(signal.valid_signals()), signal.NSIG)
print(signal.SIG_DFL, repr(signal.SIG_IGN), signal.Sigmasks.SIG_BLOCK)
