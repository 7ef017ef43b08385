import weakref
class Handler:
    def __init__(self, name):
        self.name = name
    def handle(self, evt):
        return f'{self.name} handled {evt}'
h = Handler('h1')
plain = weakref.ref(h.handle)
print('plain ref to bound method dies immediately:', plain() is None)
wm = weakref.WeakMethod(h.handle)
print(wm()('click'))
del h
print(wm() is None)
def func():
    return 'function'
wf = weakref.ref(func)
print(wf()())
