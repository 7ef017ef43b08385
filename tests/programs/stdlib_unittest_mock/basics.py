# Mock basics: return_value, side_effect, call recording, call objects, names, configure/attach/reset.
import re
from unittest.mock import Mock, MagicMock, NonCallableMock, call, DEFAULT, sentinel, ANY


def r(obj):
    return re.sub(r" id='\d+'", '', repr(obj))


def attempt(f):
    try:
        print('  ->', repr(f()))
    except Exception as e:
        print('  !!', type(e).__name__, e)


m = Mock()
print(r(m), r(m.foo), r(m.foo.bar()), r(m()))
print(m.foo is m.foo, m() is m.return_value)
named = Mock(name='service')
print(r(named), r(named.fetch), r(named.fetch().items), r(named()()))

# return_value
m = Mock(return_value=42)
print(m(), m(1, 2), m.call_count, m.called)
m.return_value = 'changed'
print(m())

# side_effect variants
m = Mock(side_effect=[1, 2, ValueError('third'), DEFAULT])
m.return_value = 'dflt'
for _ in range(5):
    attempt(m)
attempt(Mock(side_effect=KeyError).__call__)
attempt(Mock(side_effect=KeyError('k')).__call__)
m = Mock(side_effect=lambda x, y=1: x * y)
print(m(3), m(3, y=4))
m = Mock(side_effect=lambda: DEFAULT, return_value='from return_value')
print(m())
m.side_effect = None
print(m())
m = Mock(side_effect=iter('ab'))
print(m(), m())
attempt(m)

# call recording
m = Mock(name='db')
m.connect('host', port=5432)
m.cursor().execute('SELECT 1')
m.cursor().fetchall()
m.close()
print(m.call_args, m.call_args_list)
print(m.method_calls)
print(m.mock_calls)
print(m.cursor.call_count, m.cursor.return_value.execute.call_args)
print(m.connect.call_args.args, m.connect.call_args.kwargs)
args, kwargs = m.connect.call_args
print(args, kwargs, m.connect.call_args[0], m.connect.call_args[1])
name, a, k = m.mock_calls[0]
print(repr(name), a, k)
print(m.mock_calls[1] == call.cursor(), m.mock_calls[2] == call.cursor().execute('SELECT 1'))
print(call.cursor().execute('SELECT 1') in m.mock_calls)
print([call.cursor(), call.cursor().execute('SELECT 1')] in m.mock_calls)
print([call.cursor(), call.close()] in m.mock_calls)

# call objects
print(call(1, 2, a=3), call.foo, call.foo(1).bar(2), call(1).foo(x=2))
print(call.foo(1).bar(2).baz(3).call_list())
print(call(1) == call(1), call(1) == call(2), call(1) != call(2), call.a(1) == call.b(1))
print(call(1, ANY) == call(1, 'anything'), call(ANY, x=ANY) == call([1], x={}))
print(call(1, 2) == ((1, 2), {}), call(1) == ('', (1,), {}), call.foo(1) == ('foo', (1,), {}))
print(call.count(3), call.index('x'), call.args, call.kwargs, call(5).args)
print(call_args_eq := Mock()(7) is None)

# sentinel and DEFAULT
print(sentinel.token, sentinel.token is sentinel.token, DEFAULT, ANY)
m = Mock(return_value=sentinel.result)
print(m() is sentinel.result)

# configure_mock and constructor kwargs
m = Mock(name='cfg', **{'method.return_value': 3, 'other.side_effect': KeyError, 'attr': 'value'})
print(m.method(), m.attr)
attempt(m.other)
m.configure_mock(**{'a.b.c.return_value': 'deep', 'x': 1})
print(m.a.b.c(), m.x)

# attach_mock
parent = Mock(name='parent')
child1 = Mock(return_value=None)
child2 = Mock(return_value=None)
parent.attach_mock(child1, 'first')
parent.attach_mock(child2, 'second')
child1(1)
child2(2)
print(parent.mock_calls, r(child1))
parent2 = Mock()
plain = Mock()
parent2.kid = plain
plain('x')
print(parent2.mock_calls, parent2.method_calls)
named_child = Mock(name='named')
parent2.other = named_child
named_child('y')
print(parent2.mock_calls)

# reset_mock
m = Mock(return_value=5, side_effect=[1])
m.child(3)
print(m(), m.called, m.child.called)
m.reset_mock()
print(m.called, m.call_count, m.call_args, m.mock_calls, m.child.called, m.return_value)
m.reset_mock(return_value=True, side_effect=True)
print(r(m.return_value), m.side_effect)

# attribute setting and deletion
m = Mock()
m.value = 10
print(m.value)
del m.value
attempt(lambda: m.value)
m.thing
del m.thing
attempt(lambda: m.thing)
m.thing = 'back'
print(m.thing)

# NonCallableMock
nc = NonCallableMock(name='nc')
attempt(lambda: nc())
print(r(nc.attr), type(nc.attr).__name__, type(nc).__name__)
print(isinstance(Mock(), Mock), isinstance(MagicMock(), Mock), isinstance(Mock(), MagicMock))
