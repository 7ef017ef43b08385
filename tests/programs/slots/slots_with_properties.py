class Temp:
    __slots__ = ('_celsius',)
    def __init__(self, c):
        self.celsius = c
    @property
    def celsius(self):
        return self._celsius
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('below absolute zero')
        self._celsius = v
    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32
t = Temp(100)
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.kelvin = 0
except AttributeError as e:
    print(type(e).__name__, e)
class WithGetattr:
    __slots__ = ('real',)
    def __getattr__(self, name):
        return f'computed {name}'
w = WithGetattr()
print(w.missing, w.real)
w.real = 'set'
print(w.real)
