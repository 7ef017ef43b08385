import math as m, os.path as osp
print(m.floor(2.7), osp.join('a', 'b'))
from math import (
    pi,
    sqrt as root,
)
print(round(pi, 3), root(81))
from collections import OrderedDict as OD, Counter
print(OD.__name__, Counter('aab')['a'])
import os.path
print(os.path is osp)
def local_import():
    import json
    return json.dumps({'k': [1, 2]})
print(local_import(), 'json' in dir())
import string
print(string.ascii_lowercase[:5], string.digits)
