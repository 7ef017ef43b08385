import weakref
class Res:
    def __init__(self, name):
        self.name = name
log = []
def make_cb(tag):
    def cb(ref):
        log.append((tag, ref() is None))
    return cb
x = Res('x')
r1 = weakref.ref(x, make_cb('first'))
r2 = weakref.ref(x, make_cb('second'))
print(r1 is r2)
del x
print(log)
y = Res('y')
keep = weakref.ref(y, lambda ref: print('callback for y, dead ref:', ref() is None))
y = None
print('after y dropped')
z = Res('z')
cb_ref = weakref.ref(z, lambda ref: print('never printed'))
del cb_ref
del z
print('callbacks of dead weakrefs do not run')
