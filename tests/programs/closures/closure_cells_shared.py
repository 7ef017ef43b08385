def pair():
    shared = []
    def add(x):
        shared.append(x)
    def show():
        return list(shared)
    return add, show
add, show = pair()
add(1); add(2)
print(show())
def accumulator():
    total = 0
    def acc(n):
        nonlocal total
        total += n
        return total
    def reset():
        nonlocal total
        total = 0
    return acc, reset
acc, reset = accumulator()
print(acc(5), acc(5)); reset(); print(acc(1))
def closure_over_param(x):
    def get():
        return x
    x = x * 2
    return get
print(closure_over_param(21)())
def in_class_body():
    v = 'closure value'
    class K:
        attr = v
        def m(self):
            return v
    return K
K = in_class_body()
print(K.attr, K().m())
