from starpkg.with_all import *
print(public_a, shared)
print('public_b' in dir(), '_private' in dir())
from starpkg.without_all import *
print(visible, func(), Klass.__name__)
print('_hidden' in dir(), '_math' in dir())
import starpkg.with_all as wa
print(wa.public_b, wa._private, wa.__all__)
