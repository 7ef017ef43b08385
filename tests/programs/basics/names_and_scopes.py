x = "global"
def show():
    return x
def shadow():
    x = "local"
    return x
print(show(), shadow(), x)
print(__name__)
print(type(__builtins__).__name__ in ('module', 'dict'))
import builtins
print(builtins.len is len)
len = lambda s: 99
print(len("abc"))
del len
print(len("abc"))
print(sorted(k for k in globals() if not k.startswith('__')))
