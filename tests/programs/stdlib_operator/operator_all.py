import operator as op
from operator import attrgetter, itemgetter, methodcaller
print(op.add(1,2), op.sub(5,3), op.mul(2,3), op.truediv(7,2), op.floordiv(7,2), op.mod(7,3), op.pow(2,10), op.neg(3), op.pos(-3), op.abs(-4), op.inv(5), op.invert(5))
print(op.lt(1,2), op.le(2,2), op.eq(1,1), op.ne(1,2), op.ge(1,2), op.gt(3,2), op.not_(0), op.truth([]), op.is_(None,None), op.is_not(1,None))
print(op.and_(6,3), op.or_(6,3), op.xor(6,3), op.lshift(1,4), op.rshift(16,2), op.concat([1],[2]), op.contains([1,2],2), op.countOf([1,2,1],1), op.indexOf("abc","c"))
l=[1,2,3]; op.setitem(l,0,9); op.delitem(l,1); print(l, op.getitem(l,0), op.index(7), op.length_hint([1,2]), op.length_hint(3, 7), op.call(len, "ab"))
x=[1]; print(op.iadd(x,[2]), x, op.iconcat(x,[3]), op.imul(3,4), op.isub(5,1), op.ior(1,2), op.ipow(2,3), op.itruediv(1,2), op.ifloordiv(7,2), op.imod(7,3), op.ilshift(1,2), op.irshift(8,1), op.iand(7,1), op.ixor(3,1))
print(repr(attrgetter('a','b.c')), repr(itemgetter(1)), repr(itemgetter(1,'x')), repr(methodcaller('f', 1, k=2)), repr(methodcaller('g')))
print(itemgetter(1)("abc"), itemgetter(0,2)("abc"), attrgetter('real')(3), attrgetter('real','imag')(1j), methodcaller('split', ',')("a,b"), methodcaller('replace','a','b', )("aa"))
class O: pass
o=O(); o.b=O(); o.b.c=5; print(attrgetter('b.c')(o))
for f in [lambda: op.concat(1,2), lambda: op.indexOf([1],5), lambda: op.index(1.5), lambda: attrgetter(1), lambda: methodcaller(1), lambda: methodcaller(), lambda: op.length_hint([], 'x'), lambda: itemgetter(), lambda: attrgetter()]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(op.__add__ is op.add, op.__not__ is op.not_, op.__and__(1,3), op.__call__(abs, -1))
print(itemgetter(1).__reduce__(), attrgetter('a').__reduce__(), methodcaller('a', 1).__reduce__())
print(sorted([(1,'b'),(0,'a')], key=itemgetter(1)), list(map(op.mul, [1,2],[3,4])))
class LH:
    def __length_hint__(self): return 4
print(op.length_hint(LH()))
