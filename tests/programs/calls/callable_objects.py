class Multiplier:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more):
        return x * self.n + sum(more)
double = Multiplier(2)
print(double(5), double(5, 1, 1), callable(double), list(map(double, [1, 2])))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
print(callable(NotCallable), callable(NotCallable()))
class Factory:
    @staticmethod
    def make():
        return 'made'
    @classmethod
    def build(cls):
        return cls.__name__
print(Factory.make(), Factory().make(), Factory.build(), Factory().build())
print(type(len).__name__, type(Factory.make).__name__, type(Factory.build).__name__)
