# traceback.format_exc() renders the same position markers as the interpreter's own report.
import traceback

def run(f):
    try:
        f()
    except Exception:
        print(traceback.format_exc().replace(__file__, 'F'))

data = {'a': [1, 2]}
x, y, zero = 1, 'two', 0
def add(): return x + y
def div(): return (x * 3) / zero
def sub(): return data['a'][5]
def key(): return data['missing']
def call(): return len(5)
def attr(): return data.nope
def cmp(): return x < y
def chain(): return x + 1 + y
def nested(): return add()
def assertion():
    assert x == 2, 'x is %d' % x
def multiline():
    return (x +
            y)
def tuple_err(): return (1, 2)[7], 3
for f in [add, div, sub, key, call, attr, cmp, chain, nested, assertion, multiline, tuple_err]:
    run(f)
