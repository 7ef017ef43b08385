# mock_open, PropertyMock, wraps, create_autospec signature checking, sentinel/ANY in real use.
import re
from unittest.mock import (mock_open, patch, PropertyMock, Mock, MagicMock, create_autospec,
                           sentinel, ANY, call)


def r(obj):
    return re.sub(r" id='\d+'", '', repr(obj))


def attempt(f):
    try:
        print('  ->', repr(f()))
    except Exception as e:
        print('  !!', type(e).__name__, e)


def count_lines(path):
    with open(path) as f:
        return sum(1 for _ in f)


def save(path, rows):
    with open(path, 'w') as f:
        for row in rows:
            f.write(row + '\n')


m = mock_open(read_data='alpha\nbeta\ngamma')
with patch('builtins.open', m):
    with open('data.txt') as f:
        print(repr(f.read()))
    with open('data.txt') as f:
        print(repr(f.readline()), repr(f.readline()), repr(f.readlines()))
    with open('data.txt') as f:
        print([line for line in f])
    print(count_lines('data.txt'))
    with open('data.txt') as f:
        print(repr(f.read(3)), repr(f.read()))
print(m.call_args_list)
m.assert_called_with('data.txt')

w = mock_open()
with patch('builtins.open', w):
    save('out.csv', ['a,b', 'c,d'])
w.assert_called_once_with('out.csv', 'w')
handle = w()
print(handle.write.call_args_list)
handle.write.assert_any_call('c,d\n')
print(w.return_value is handle, handle.__enter__.return_value is handle)

b = mock_open(read_data=b'\x00\x01\nbin')
with patch('builtins.open', b):
    with open('f.bin', 'rb') as f:
        print(f.read(), f.read())
    with open('f.bin', 'rb') as f:
        print(f.readlines())


# PropertyMock
class Config:
    @property
    def timeout(self):
        return 30

with patch.object(Config, 'timeout', new_callable=PropertyMock) as prop:
    prop.return_value = 5
    c = Config()
    print(c.timeout)
    c.timeout = 9
    print(prop.mock_calls)
print(Config().timeout)

holder = MagicMock()
p = PropertyMock(return_value='value')
type(holder).attr = p
print(holder.attr)
p.assert_called_once_with()


# wraps
class Calculator:
    def add(self, a, b):
        return a + b

    def mul(self, a, b):
        return a * b

spy = Mock(wraps=Calculator())
print(spy.add(2, 3), spy.mul(4, 5))
spy.add.assert_called_once_with(2, 3)
spy.mul.return_value = 'override'
print(spy.mul(1, 1))
attempt(lambda: spy.divide(1, 2))
f = Mock(wraps=lambda x: x * 10)
print(f(4), f.call_args)
f.side_effect = [sentinel.first]
print(f(1))


# create_autospec
def api(endpoint, *, retries=3):
    return 'real'

fake_api = create_autospec(api, return_value='fake')
print(fake_api('/users'), fake_api('/users', retries=1))
attempt(lambda: fake_api())
attempt(lambda: fake_api('/a', '/b'))
attempt(lambda: fake_api('/a', bogus=1))
fake_api.assert_called_with('/users', retries=1)
fake_api.assert_any_call(endpoint='/users')
print(fake_api.call_count)


class Repo:
    def __init__(self, url):
        self.url = url

    def get(self, key, default=None):
        return default

    @classmethod
    def create(cls, name):
        return cls(name)

    @staticmethod
    def version():
        return 1

RepoMock = create_autospec(Repo)
repo = RepoMock('git://x')
print(r(repo.get), r(repo.get('k')), repo is RepoMock.return_value)
attempt(lambda: RepoMock())
attempt(lambda: repo.get())
attempt(lambda: repo.get('a', 'b', 'c'))
attempt(lambda: repo.missing)
attempt(lambda: RepoMock.create('n') is not None)
attempt(lambda: RepoMock.create())
attempt(lambda: RepoMock.version(1))
repo.get.return_value = 'stored'
print(repo.get('k', default=1))
repo.get.assert_called_with('k', default=1)
print(RepoMock.mock_calls[:2])

inst = create_autospec(Repo('u'), instance=True)
attempt(lambda: inst())
print(inst.get('z') is not None)

# sentinel and ANY
worker = Mock()
worker.process(sentinel.job, priority=5)
worker.process.assert_called_with(sentinel.job, priority=ANY)
print(worker.process.call_args == call(ANY, priority=5), sentinel.job)
