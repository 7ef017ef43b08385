log = []
def v(name, val=None):
    log.append(name)
    return val if val is not None else name
def f(*a, **k):
    return a, k
f(v('a'), v('b'), x=v('c'), y=v('d'))
print(log); log.clear()
v('f', f)(v('arg'))
print(log); log.clear()
d = {v('k1'): v('v1'), v('k2'): v('v2')}
print(log); log.clear()
x = [v('l1'), v('l2')][v('idx', 0)]
print(log); log.clear()
v('lhs', 1) + v('rhs', 2) * v('rhs2', 3)
print(log); log.clear()
lst = [0, 0]
lst[v('i', 0)] = v('val', 5)
print(log); log.clear()
v('cond', True) and v('then', 1) if v('test', True) else v('else', 2)
print(log); log.clear()
class O: pass
o = O()
o.attr = 1
setattr(v('obj', o), v('name', 'attr'), v('value', 2))
print(log); log.clear()
print(f(*[v('s1')], *[v('s2')], **{v('kk', 'k'): v('kv')}))
print(log)
