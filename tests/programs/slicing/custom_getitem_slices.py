class Recorder:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print('set', key, value)
    def __delitem__(self, key):
        print('del', key)
r = Recorder()
print(r[1:2], r[::], r[:5], r[1:2:3], r[-1:], r[1:2, ::3], r[..., 1])
r[1:3] = 'v'
del r[::2]
class Rev:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self.data))
            return Rev(self.data[start:stop:step])
        return self.data[i]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f'Rev({self.data!r})'
v = Rev('abcdef')
print(v[1:4], v[::-1], v[0], v[-1], len(v[::2]))
