# The numeric tower ABCs: registration of built-ins and abstract method sets.
import numbers

values = [0, 7, -3, True, False, 1.5, float('inf'), 2j, 1 + 0j, "3", None, [1]]
for v in values:
    print(repr(v), [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real,
                                         numbers.Rational, numbers.Integral) if isinstance(v, c)])

for c in (bool, int, float, complex, str):
    print(c.__name__, issubclass(c, numbers.Number), issubclass(c, numbers.Integral),
          issubclass(c, numbers.Real))

for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(c.__name__, c.__mro__[1].__name__, len(c.__abstractmethods__))
    print(' ', sorted(c.__abstractmethods__))
    print(' ', c.__slots__, c.__hash__)

print(issubclass(numbers.Integral, numbers.Complex), issubclass(numbers.Real, numbers.Integral))

for c in (numbers.Number, numbers.Complex, numbers.Real):
    try:
        if c is numbers.Number:
            print('Number()', type(c()).__name__)
        else:
            c()
    except TypeError as e:
        print(type(e).__name__, str(e).split(' with')[0])
