class Meta(type):
    def __new__(mcls, name, bases, ns):
        print('has __classcell__:', '__classcell__' in ns)
        cls = super().__new__(mcls, name, bases, ns)
        return cls
class A(metaclass=Meta):
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B>' + super().who()
    def klass(self):
        return __class__.__name__
print(B().who(), B().klass())
class DropsCell(type):
    def __new__(mcls, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != '__classcell__'}
        return super().__new__(mcls, name, bases, ns)
try:
    class Broken(metaclass=DropsCell):
        def m(self):
            return __class__
except RuntimeError as e:
    print(type(e).__name__, e)
