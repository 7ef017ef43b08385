import gc
log = []
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        log.append(self.name)
a = Node('a')
b = Node('b')
a.other = b
b.other = a
del a, b
print('before collect:', log)
n = gc.collect()
print('collected at least 2:', n >= 2)
print('after collect:', sorted(log))
