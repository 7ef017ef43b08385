# A method call site keeps working as instances gain, lose and differ in attributes that
# shadow the method.


class Greeter:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return f"hello from {self.name}"


def call_hello(obj):
    return obj.hello()


a = Greeter("a")
b = Greeter("b")
for obj in (a, b, a):
    print(call_hello(obj))

b.hello = lambda: "instance attribute wins"
for obj in (a, b, a, b):
    print(call_hello(obj))

del b.hello
print(call_hello(b))

# Instances built with the same attributes in different orders have different layouts.
c = Greeter.__new__(Greeter)
c.extra = 1
c.name = "c"
d = Greeter.__new__(Greeter)
d.name = "d"
d.extra = 2
for obj in (c, d, a, c, d):
    print(call_hello(obj))
d.hello = lambda: "d's own"
for obj in (c, d, a):
    print(call_hello(obj))

# Many attributes (past the layout limit) and then a shadowing one.
e = Greeter("e")
for i in range(40):
    setattr(e, f"attr{i}", i)
print(call_hello(e))
e.hello = lambda: "e's own after many"
print(call_hello(e), call_hello(a))

# Shadowing through __dict__ directly.
f = Greeter("f")
print(call_hello(f))
f.__dict__["hello"] = lambda: "via __dict__"
print(call_hello(f))
f.__dict__.clear()
try:
    call_hello(f)
except AttributeError as ex:
    print("AttributeError:", ex)
f.name = "f again"
print(call_hello(f))

# Replacing the method on the class.
Greeter.hello = lambda self: f"patched {self.name}"
print(call_hello(a), call_hello(c))
