import math as _math
visible = 'visible'
_hidden = 'hidden'
def func():
    return 'func'
class Klass:
    pass
