print(type(5))
type = 'type is just a name here'
print(type)
del type
print(type('x'))
def type_fn(type):
    return type
print(type_fn('param named type'))
class K:
    type = 'attribute named type'
print(K.type)
type X = int
print(X.__value__)
