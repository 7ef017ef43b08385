beg = BaseExceptionGroup('base', [KeyboardInterrupt(), ValueError('v')])
print(type(beg).__name__)
eg = BaseExceptionGroup('all plain', [ValueError('v')])
print(type(eg).__name__, type(eg) is ExceptionGroup)
for args in [('msg', []), ('msg', [1]), ('msg', ValueError('x')), (5, [ValueError()]), ('msg',)]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup('bad', [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
