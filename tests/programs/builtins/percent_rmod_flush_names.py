# str % x formats before x's __rmod__ is asked (unless x is a str subclass); flush() writes
# a file's content out; the standard streams have names.
import os
import sys


class Plain:
    def __rmod__(self, other):
        return "rmod"

    def __str__(self):
        return "Plain"


class Sub(str):
    def __rmod__(self, other):
        return "Sub-rmod"


print("%s!" % Plain(), "%s!" % Sub("x"), "%d%%" % 5)
with open("flush_probe.txt", "w") as f:
    f.write("first\n")
    f.flush()
    with open("flush_probe.txt") as g:
        print(repr(g.read()))
    f.write("second\n")
with open("flush_probe.txt") as g:
    print(repr(g.read()))
with open("flush_probe.txt", "a") as f:
    f.write("third\n")
    f.flush()
    f.write("fourth\n")
with open("flush_probe.txt") as g:
    print(repr(g.read()))
os.remove("flush_probe.txt")
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode)
