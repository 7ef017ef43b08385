# sys.version_info and friends are named records; exit() and quit() come from site.
import sys

vi = sys.version_info
print(vi)
print(vi.major, vi.minor, vi[0], vi[:2], vi >= (3, 8), vi < (4,), len(vi), type(vi).__name__)
print(sys.float_info.max == 1.7976931348623157e308, sys.float_info.dig, sys.int_info.bits_per_digit)
print(sys.hash_info.modulus == 2**61 - 1, sys.maxunicode, sys.getdefaultencoding())
print(sys.flags.optimize, sys.flags.hash_randomization, sys.warnoptions)
print(repr(exit), repr(quit))
try:
    sys.version_info.major = 4
except AttributeError as e:
    print("AttributeError")
try:
    exit("bye")
except SystemExit as e:
    print("SystemExit", e.code)
quit(3)
