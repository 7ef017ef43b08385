class Temp:
    unit = 'C'
    def __init__(self, deg):
        self.deg = deg
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 1))
    @staticmethod
    def valid(d):
        return d > -273.15
    def show(self):
        return f'{self.deg}{self.unit}'
t = Temp.from_f(212)
print(t.show(), Temp.valid(-300), t.valid(0), Temp.from_f.__self__ is Temp)
class Sub(Temp):
    unit = 'K?'
print(type(Sub.from_f(32)).__name__, Sub.from_f(32).show())
print(type(Temp.__dict__['from_f']).__name__, type(Temp.__dict__['valid']).__name__)
sm = Temp.__dict__['valid']
print(sm.__func__(5), callable(sm))
