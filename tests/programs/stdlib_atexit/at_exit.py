import atexit
import sys


def goodbye(name, punctuation="!"):
    print(f"goodbye, {name}{punctuation}")


class Reporter:
    def __call__(self):
        print("reporter runs before goodbye")
        sys.stdout.flush()
        raise RuntimeError("reporter failed")

    def __repr__(self):
        return "<Reporter>"


atexit.register(goodbye, "world", punctuation=".")
atexit.register(Reporter())
atexit.register(print, "printed by a builtin callback")
atexit.register(int, "not a number")
print("end of main program")
sys.exit(3)
