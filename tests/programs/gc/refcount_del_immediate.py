class Tracked:
    def __init__(self, name):
        self.name = name
        print('create', name)
    def __del__(self):
        print('delete', self.name)
t = Tracked('one')
del t
print('after del one')
t = Tracked('two')
t = Tracked('three')
print('after rebinding')
def scope():
    local = Tracked('local')
    print('leaving scope')
scope()
print('after scope')
lst = [Tracked('in list')]
lst.clear()
print('after clear')
d = {'k': Tracked('in dict')}
d['k'] = None
print('after overwrite')
t = None
print('end')
