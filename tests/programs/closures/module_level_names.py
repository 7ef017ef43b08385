# Module-level and exec'd code reading and rebinding names (cached name lookups).
ns2 = {}
ns2.update(__name__='Z', __file__=None)
exec('print(__name__)', ns2)
exec('print(__name__)', dict(__name__='V'))
code = compile('x = x + 1 if "x" in dir() else 0\nprint(x, len([x]))', 'snippet', 'exec')
for d in [{}, {'x': 5}, dict(x=7)]:
    exec(code, d)
total = 0
for i in range(1000):
    total = total + i
print(total)
len = lambda s: 42
print(len('abc'))
del len
print(len('abc'))
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        class Recording(dict):
            def __setitem__(self, k, v):
                print('set', k)
                super().__setitem__(k, v)
        return Recording()
for _ in range(2):
    class C(metaclass=Meta):
        a = 1
        a = 2
    print(C.a)
