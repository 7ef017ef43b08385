import sys, types
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info[0], len(sys.float_info))
print(sys.int_info, sys.hash_info.modulus)
m = types.ModuleType('m', 'doc here')
print(m, m.__name__, m.__doc__, sorted(vars(m)))
m.x = 1
print(m.x)
try:
    types.ModuleType()
except TypeError as e:
    print(e)
class C:
    def __complex__(self): return 2+2j
print(complex(C()), complex(C(), 1))
class L(list):
    def __init__(self, *a): pass
print(L([1, 2]), list([3]))
class M(list): pass
print(M([1, 2]))
