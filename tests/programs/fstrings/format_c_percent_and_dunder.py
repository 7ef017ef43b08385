# The c presentation and %c padding, __format__ returning a non-str, and % conversions spelled with a spec before the percent sign.
for f in ["5c", "05c", "<5c", "^5c", "x>5c", "=5c"]:
    try: print(repr(format(97, f)))
    except Exception as e: print(type(e).__name__, e)
for f in ["%04c", "%-4c", "%4c", "%c", "%-04c"]:
    print(repr(f % 65), repr(f % "B"))
class F:
    def __format__(self, spec): return 42
try: print(format(F(), ""))
except Exception as e: print(type(e).__name__, e)
try: print(f"{F()}")
except Exception as e: print(type(e).__name__, e)
try: print("{}".format(F()))
except Exception as e: print(type(e).__name__, e)
for f, a in [("%5%", ()), ("%%", ()), ("%-5%", ()), ("%5%", (1,)), ("%5%", 1), ("%-5%%d", (1, 2)),
             ("%.3%", (9,)), ("%(a)%", {"a": 1}), ("%(a)5%", {"a": 1}), ("100%% %d%%", (5,)), ("%d %%", (3,))]:
    try: print(repr(f % a))
    except Exception as e: print(type(e).__name__, e)
