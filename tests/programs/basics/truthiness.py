values = [0, 1, -1, 0.0, 0.5, '', 'a', [], [0], (), (0,), {}, {0: 0}, set(), {0}, None, True, False, 0j, range(0), range(1), b'', b'x']
for v in values:
    print(repr(v), bool(v), not v)
class Empty:
    def __len__(self):
        return 0
class Truthy:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Empty()), bool(Truthy()))
print(bool(object()))
if Empty():
    print("no")
else:
    print("Empty is falsy")
