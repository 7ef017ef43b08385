class Shape:
    def area(self):
        raise NotImplementedError('subclass must implement area')
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Bad(Shape):
    pass
print(Sq(3).describe())
try:
    Bad().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
class Parent:
    def __init__(self):
        self.setup()
    def setup(self):
        self.value = 'parent'
class ChildC(Parent):
    def setup(self):
        self.value = 'child'
print(ChildC().value)
class A:
    x = 'A.x'
class B(A):
    pass
class Cc(B):
    x = 'C.x'
print(B.x, Cc.x, B().x)
A.x = 'changed'
print(B.x)
