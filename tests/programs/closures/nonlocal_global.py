g = 'global'
def set_global():
    global g
    g = 'changed'
def read_global():
    return g
set_global()
print(g, read_global())
def make():
    value = 1
    def get():
        return value
    def set(v):
        nonlocal value
        value = v
    return get, set
get, set_ = make()
print(get()); set_(42); print(get())
def deep():
    a = 0
    def l1():
        def l2():
            nonlocal a
            a += 10
        l2()
        return a
    return l1()
print(deep())
def create_global():
    global brand_new
    brand_new = 'created in function'
create_global()
print(brand_new)
counter = 0
def bump():
    global counter
    for _ in range(5):
        counter += 1
bump()
print(counter)
