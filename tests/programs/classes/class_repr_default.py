class Plain:
    pass
r = repr(Plain())
print(r.startswith('<__main__.Plain object at 0x'), r.endswith('>'))
print(repr(Plain), str(Plain), repr(int), repr(type), repr(object))
class WithStr:
    def __str__(self):
        return 'custom str'
w = WithStr()
print(str(w), repr(w).startswith('<__main__.WithStr object'))
class WithRepr:
    def __repr__(self):
        return 'R!'
print(str(WithRepr()), f'{WithRepr()}', [WithRepr()])
print(type(Plain()).__name__, Plain.__class__, type(Plain))
