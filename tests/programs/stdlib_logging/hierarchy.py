import logging
import sys

class ListHandler(logging.Handler):
    def __init__(self, tag, level=logging.NOTSET):
        super().__init__(level)
        self.tag = tag
    def emit(self, record):
        print('[%s] %s' % (self.tag, self.format(record)))

root = logging.getLogger()
print(root.name, root is logging.root, logging.getLogger('') is root, logging.getLogger('root') is root)
a_b_c = logging.getLogger('a.b.c')
print(a_b_c.parent is root)
a = logging.getLogger('a')
print(a_b_c.parent is a, a.parent is root)
a_b = logging.getLogger('a.b')
print(a_b_c.parent is a_b, a_b.parent is a)
print(logging.getLogger('a.b') is a_b, a.getChild('b') is a_b, a.getChild('b.c') is a_b_c)
print(sorted(l.name for l in a.getChildren()), sorted(l.name for l in a_b.getChildren()))
print(type(logging.Logger.manager.loggerDict['a.b']).__name__)
x = logging.getLogger('x.y.z')
print(type(logging.Logger.manager.loggerDict['x.y']).__name__, x.parent is root)

print(a_b_c.getEffectiveLevel(), a_b_c.level)
a.setLevel(logging.INFO)
print(a_b_c.getEffectiveLevel(), a_b_c.isEnabledFor(logging.DEBUG), a_b_c.isEnabledFor(logging.INFO))
a_b.setLevel(logging.ERROR)
print(a_b_c.getEffectiveLevel(), a.getEffectiveLevel())
print(repr(a), repr(a_b_c), repr(root))

ha = ListHandler('a')
hab = ListHandler('a.b', logging.WARNING)
hroot = ListHandler('root')
hroot.setFormatter(logging.Formatter('%(name)s:%(levelname)s:%(message)s'))
a.addHandler(ha)
a_b.addHandler(hab)
root.addHandler(hroot)
a_b.setLevel(logging.NOTSET)
a_b_c.info('info from a.b.c')
a_b_c.warning('warning from a.b.c')
a_b.propagate = False
a_b_c.warning('not propagated past a.b')
a_b.propagate = True
print(a_b_c.hasHandlers(), logging.getLogger('lonely').hasHandlers())
a.removeHandler(ha)
a_b_c.error('after removal')
a.disabled = True
a.error('a disabled')
a_b_c.error('child of disabled still works')
a.disabled = False

logging.disable(logging.WARNING)
a_b_c.warning('disabled by logging.disable')
a_b_c.error('error passes')
logging.disable(logging.NOTSET)
a_b_c.warning('enabled again')
print(root.manager.disable)

try:
    logging.getLogger(42)
except TypeError as e:
    print('TypeError:', e)

class MyLogger(logging.Logger):
    def hello(self):
        self.warning('hello from %s', type(self).__name__)

logging.setLoggerClass(MyLogger)
m = logging.getLogger('custom.logger')
print(type(m).__name__, logging.getLoggerClass().__name__)
m.hello()
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print('TypeError:', e)
root.removeHandler(hroot)
h = logging.NullHandler()
logging.getLogger('lib').addHandler(h)
logging.getLogger('lib').error('swallowed by NullHandler')
print(repr(h))
