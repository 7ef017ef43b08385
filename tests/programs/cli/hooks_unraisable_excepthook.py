import sys
print(sys.excepthook is sys.__excepthook__, sys.unraisablehook is sys.__unraisablehook__)
class Bad:
    def __del__(self):
        raise ValueError("in del")
def hook(u):
    print("hook:", u.exc_type.__name__, u.exc_value, u.err_msg, u.object.__qualname__, u.exc_traceback is not None)
sys.unraisablehook = hook
b = Bad(); del b
sys.unraisablehook = sys.__unraisablehook__
def eh(t, v, tb):
    print("excepthook:", t.__name__, v, tb.tb_lineno)
sys.excepthook = eh
raise KeyError("x")
