import gc
def f():
    n = 42
    s = 'x'
    raise ValueError('x')
def g():
    k = [1, 2]
    f()
try:
    g()
except ValueError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, sorted(tb.tb_frame.f_locals.items()) if tb.tb_frame.f_code.co_name != '<module>' else '')
        tb = tb.tb_next
class D:
    def __del__(self): print('D freed')
def h():
    d = D()
    err = ValueError('cycle')
    raise err
try:
    h()
except ValueError:
    pass
print('collected', gc.collect() > 0)
import traceback
try:
    g()
except ValueError as e:
    print(''.join(traceback.format_exception(e, capture_locals=True)).replace(__file__, 'F'))
