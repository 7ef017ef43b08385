def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
print(c1.__closure__[0].cell_contents, c1.__code__.co_freevars)
def make_adder(n):
    return lambda x: x + n
add5 = make_adder(5)
print(add5(10), make_adder(-1)(1))
def outer():
    x = 'enclosing'
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
