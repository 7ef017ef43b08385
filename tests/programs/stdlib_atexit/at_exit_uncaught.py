import atexit
import sys


def cleanup(tag):
    print("cleanup", tag)
    print("cleanup on stderr", tag, file=sys.stderr)


atexit.register(cleanup, "one")
atexit.register(cleanup, "two")
print("about to fail")
raise KeyError("uncaught")
