# len() through the interpreter fast path: builtin containers, __len__, its errors, and the profiler still seeing the call.
class L:
    def __len__(self): return 7
class Bad:
    def __len__(self): return -1
class Big:
    def __len__(self): return 2**70
print(len([1, 2]), len("héllo"), len({1: 2}), len(set()), len(b"ab"), len(range(10)), len(L()))
for v in [5, None, Bad(), Big()]:
    try: print(len(v))
    except Exception as e: print(type(e).__name__, e)
try: len()
except TypeError as e: print(e)
try: len([], [])
except TypeError as e: print(e)
try: len(x=[])
except TypeError as e: print(e)
len_ = len
print(len_("abc"), [len(s) for s in ["a", "bb", ""]])
import cProfile, pstats, io
pr = cProfile.Profile(); pr.enable(); len([1]); pr.disable()
s = io.StringIO(); pstats.Stats(pr, stream=s).print_stats(); print("builtins.len" in s.getvalue())
