# More getsource cases: decorated classes, async defs, brackets, trailing comments.
import inspect


def deco(*a, **k):
    return lambda obj: obj


@deco(1,
      key=[2,
           3])
class Decorated:
    value = {'a': (1,
                   2)}

    async def run(self):
        s = '# not a comment ( '
        return s
    # trailing comment inside class

# module comment


def continued(a, \
              b):
    return (a +
            b)  # note


def make():
    class Local:
        def m(self):
            return 1
    return Local


print(inspect.getsource(Decorated), end='')
print(inspect.getsource(Decorated.run), end='')
print(inspect.getsource(continued), end='')
print(inspect.getsource(make()), end='')
print(inspect.getsourcelines(make().m)[1])
print(inspect.getcomments(continued))
print(inspect.iscoroutinefunction(Decorated.run), inspect.getdoc(Decorated))
