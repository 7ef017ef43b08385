class DataDesc:
    def __get__(self, obj, owner):
        return 'data descriptor'
    def __set__(self, obj, value):
        print('DataDesc.__set__', value)
class NonData:
    def __get__(self, obj, owner):
        return 'non-data descriptor'
class C:
    d = DataDesc()
    n = NonData()
c = C()
c.__dict__['d'] = 'instance d'
c.__dict__['n'] = 'instance n'
print(c.d, c.n)
c.d = 5
print(c.__dict__['d'])
class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__['so'] = value * 2
class E:
    so = SetOnly()
e = E()
e.so = 4
print(e.so)
print(E.so.__class__.__name__)
