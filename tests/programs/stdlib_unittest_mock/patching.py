# patch, patch.object, patch.dict, patch.multiple: decorators, context managers, start/stop, errors.
import os
import re
import json
from unittest import mock
from unittest.mock import patch, Mock, MagicMock, sentinel, DEFAULT


def r(obj):
    return re.sub(r" id='\d+'", '', repr(obj))


def attempt(f):
    try:
        print('  ->', repr(f()))
    except Exception as e:
        print('  !!', type(e).__name__, e)


class Store:
    region = 'eu'

    def load(self, key):
        return 'real-%s' % key

    @staticmethod
    def helper():
        return 'real-helper'


def read_config(path):
    if not os.path.exists(path):
        return None
    return json.dumps({'path': path})


CONFIG = {'debug': False, 'level': 1}

# patch as a context manager
with patch('os.path.exists') as exists:
    exists.return_value = True
    print(read_config('/etc/app.cfg'), exists.call_args)
    print(r(exists), os.path.exists is exists)
print(os.path.exists is exists, read_config('/definitely/not/here/at/all'))

with patch('os.path.exists', return_value=True), patch('json.dumps', side_effect=lambda o: 'JSON') as dumps:
    print(read_config('x'), dumps.call_count)
print(json.dumps([1]))

with patch('__main__.read_config', new=lambda p: 'replaced') as new:
    print(read_config('a'), new('b'))
print(read_config.__name__)

with patch('__main__.CONFIG', {'other': True}):
    print(CONFIG)
print(CONFIG)

# decorators: stacked, applied bottom-up
@patch('os.path.exists')
@patch('json.dumps')
def decorated(extra, dumps, exists):
    exists.return_value = True
    dumps.return_value = 'dumped'
    return read_config('p'), extra, r(dumps), r(exists)

print(decorated('extra-arg'))
print(os.path.exists('/definitely/not/here'))

@patch('json.dumps', new=sentinel.dumps)
def with_new():
    return json.dumps

print(with_new(), json.dumps is sentinel.dumps)

# patch.object
with patch.object(Store, 'load', return_value='mocked') as load:
    s = Store()
    print(s.load('k'), load.call_args, load.call_count)
print(Store().load('k'))

with patch.object(Store, 'region', 'us'):
    print(Store.region, Store().region)
print(Store.region)

with patch.object(Store, 'helper') as helper:
    helper.return_value = 'fake'
    print(Store.helper(), Store().helper())
print(Store.helper())

instance = Store()
with patch.object(instance, 'load', side_effect=KeyError('gone')):
    attempt(lambda: instance.load('x'))
print(instance.load('x'), 'load' in instance.__dict__)

# create=True
with patch.object(Store, 'new_attr', create=True, new='created'):
    print(Store.new_attr)
print(hasattr(Store, 'new_attr'))
attempt(lambda: patch.object(Store, 'missing').start())
attempt(lambda: patch('nodots'))
attempt(lambda: patch.object('os', 'sep'))
attempt(lambda: patch('os.sep', new=1, new_callable=Mock))

# new_callable and spec
with patch.object(Store, 'load', new_callable=Mock) as load:
    print(type(load).__name__)
with patch.object(Store, 'load', spec=True) as load:
    print(r(load))
    attempt(lambda: load.nonexistent)
with patch('__main__.Store', spec=True) as FakeStore:
    obj = Store()
    print(r(FakeStore), r(obj), obj.load is FakeStore.return_value.load)

# start / stop / stopall
p1 = patch('os.getcwd', return_value='/fake')
p2 = patch.object(Store, 'region', 'asia')
started = p1.start()
p2.start()
print(os.getcwd(), Store.region, r(started))
p1.stop()
print(os.getcwd() == '/fake', Store.region)
p1.start()
patch.stopall()
print(os.getcwd() == '/fake', Store.region)
print(p1.stop())

# patch.dict
with patch.dict(CONFIG, {'debug': True, 'new': 1}) as d:
    print(CONFIG, d is CONFIG)
print(CONFIG)
with patch.dict(CONFIG, clear=True):
    print(CONFIG)
print(CONFIG)
with patch.dict('os.environ', {'MOCK_TEST_VAR': 'yes'}):
    print(os.environ['MOCK_TEST_VAR'])
print('MOCK_TEST_VAR' in os.environ)
with patch.dict(CONFIG, level=5, extra='kw'):
    print(CONFIG)

@patch.dict(CONFIG, {'debug': 'decorated'})
def uses_config():
    return dict(CONFIG)

print(uses_config(), CONFIG)

try:
    with patch.dict(CONFIG, {'temp': 1}):
        CONFIG['during'] = 2
        raise RuntimeError('boom')
except RuntimeError as e:
    print('caught', e, CONFIG)

pd = patch.dict(CONFIG, {'started': True})
pd.start()
print(CONFIG)
pd.stop()
print(CONFIG)

# patch.multiple
with patch.multiple(Store, region='jp', load=DEFAULT) as values:
    print(Store.region, sorted(values), r(values['load']))
print(Store.region)

@patch.multiple('os', getcwd=DEFAULT, getpid=DEFAULT)
def multi(getcwd, getpid):
    getcwd.return_value = 'here'
    getpid.return_value = 1
    return os.getcwd(), os.getpid()

print(multi())

@patch('os.getpid')
@patch.multiple(Store, load=DEFAULT, region='kr')
def mixed(getpid, load):
    load.return_value = 'mixed'
    getpid.return_value = 42
    return Store().load(1), Store.region, os.getpid()

print(mixed())
attempt(lambda: patch.multiple(Store))

# exceptions inside patched function still restore
@patch.object(Store, 'region', 'temporary')
def failing():
    raise ValueError(Store.region)

attempt(failing)
print(Store.region)
