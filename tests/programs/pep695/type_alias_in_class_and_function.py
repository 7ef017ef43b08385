class Container:
    type Item = int
    items: list[Item]
print(Container.Item.__name__, Container.Item.__value__)
def make():
    type Local = list[str]
    return Local
L = make()
print(L.__name__, L.__value__)
type Recursive[T] = T | list[Recursive[T]]
print(Recursive.__value__)
