# getsource/getsourcelines/getfile, getdoc/cleandoc and getcomments.
import functools
import inspect


def simple(a, b):
    """Add two numbers.

    Returns their sum.
    """
    return a + b


# A comment about decorated
# spanning two lines.
@functools.lru_cache(maxsize=None)
def decorated(n):
    if n < 2:
        return n
    return decorated(n - 1) + decorated(n - 2)


# Doubles its argument.
#
# (really)
def one_liner(x): return x * 2


class Shape:
    """A shape.

        Indented more here.
    Back to the margin.
    """

    sides = 0

    def area(self):
        return 0

    class Inner:
        def method(self):
            text = """
not indented inside a string
"""
            return text

    def describe(self,
                 verbose=False):
        # lines inside
        if verbose:
            return 'long'

        return 'short'


def outer():
    def inner(y):
        return y + 1
    return inner


square = lambda v: v * v


print(inspect.getsource(simple), end='')
print(inspect.getsourcelines(simple)[1], len(inspect.getsourcelines(simple)[0]))
print(inspect.getsource(decorated), end='')
print(inspect.getsource(one_liner), end='')
print(inspect.getsource(Shape.area), end='')
print(inspect.getsource(Shape().describe), end='')
print(inspect.getsource(Shape.Inner.method), end='')
print(inspect.getsource(Shape.Inner), end='')
print(inspect.getsource(outer()), end='')
print(inspect.getsource(square), end='')
lines, start = inspect.getsourcelines(Shape)
print(start, len(lines), lines[0], lines[-1], end='')
print(inspect.getfile(simple).rsplit('/', 1)[-1], inspect.getsourcefile(Shape).rsplit('/', 1)[-1])
print(inspect.getcomments(decorated), end='')
print(inspect.getcomments(simple), repr(inspect.getcomments(one_liner)))

# getdoc and cleandoc
print(inspect.getdoc(simple))
print(repr(inspect.getdoc(Shape)))
print(inspect.getdoc(Shape.area), inspect.getdoc(one_liner))


class Sub(Shape):
    def area(self):
        return 1


print(inspect.getdoc(Sub), '|', inspect.getdoc(Sub.area), '|', inspect.getdoc(Sub().area))
print(repr(inspect.cleandoc('  first\n    second\n      third\n\n')))
print(repr(inspect.cleandoc('\n\n  only indented\n  lines\n')))
print(repr(inspect.cleandoc('tab\n\tindented\n\t  more')))
print(repr(inspect.cleandoc('')))

for label, thunk in [('builtin', lambda: inspect.getsource(len)),
                     ('int', lambda: inspect.getsource(3)),
                     ('getfile builtin', lambda: inspect.getfile(len)),
                     ('getfile int class', lambda: inspect.getfile(int))]:
    try:
        print(label, thunk())
    except (TypeError, OSError) as e:
        print(label, '!!', type(e).__name__, e)
