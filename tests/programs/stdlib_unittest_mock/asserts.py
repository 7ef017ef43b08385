# Assertion helpers with their failure messages; spec/spec_set restrictions; unsafe names; seal.
import re
from unittest.mock import Mock, MagicMock, NonCallableMock, call, ANY, seal, create_autospec


def r(obj):
    return re.sub(r" id='\d+'", '', repr(obj))


def check(label, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print(label, 'ok')
    except (AssertionError, AttributeError, TypeError) as e:
        print(label, type(e).__name__)
        print('   ', str(e).replace('\n', '\n    '))


m = Mock(name='sender')
check('not_called fresh', m.assert_not_called)
check('called fresh', m.assert_called)
check('called_once fresh', m.assert_called_once)
check('called_with fresh', m.assert_called_with, 'x')
check('called_once_with fresh', m.assert_called_once_with, 'x')
check('any_call fresh', m.assert_any_call, 'x')
check('has_calls fresh', m.assert_has_calls, [call('x')])

m('alice', subject='hi')
check('called', m.assert_called)
check('called_once', m.assert_called_once)
check('called_with ok', m.assert_called_with, 'alice', subject='hi')
check('called_with ANY', m.assert_called_with, ANY, subject=ANY)
check('called_with bad', m.assert_called_with, 'bob', subject='hi')
check('called_once_with ok', m.assert_called_once_with, 'alice', subject='hi')
m('bob')
m.log.info('sent', 2)
check('not_called', m.assert_not_called)
check('called_once', m.assert_called_once)
check('called_once_with', m.assert_called_once_with, 'bob')
check('called_with last', m.assert_called_with, 'bob')
check('any_call ok', m.assert_any_call, 'alice', subject='hi')
check('any_call bad', m.assert_any_call, 'carol')
check('has_calls ok', m.assert_has_calls, [call('alice', subject='hi'), call('bob')])
check('has_calls order', m.assert_has_calls, [call('bob'), call('alice', subject='hi')])
check('has_calls any_order', m.assert_has_calls, [call('bob'), call('alice', subject='hi')], any_order=True)
check('has_calls any_order bad', m.assert_has_calls, [call('bob'), call('zed')], any_order=True)
check('has_calls child', m.assert_has_calls, [call.log.info('sent', 2)])
check('child called_with', m.log.info.assert_called_with, 'sent', 3)
check('child once', m.log.info.assert_called_once)
check('child not called', m.log.warn.assert_called)
print(m.call_count, m.called, m.log.info.call_count)

anon = Mock()
anon(1)
anon(2)
check('anon once', anon.assert_called_once_with, 2)
check('anon with', anon.assert_called_with, 3)
child = anon.attr.method
check('child anon', child.assert_called_with)
anon.attr.method(5)
check('child anon2', child.assert_called_with, 6)

# unsafe attribute names
for name in ('assert_called_twice', 'assret_called_with', 'called_once_with', 'has_calls', 'asert_x'):
    check(name, getattr, Mock(), name)
print(r(Mock(unsafe=True).assert_foo))

# spec: attribute restriction
class Account:
    kind = 'basic'

    def __init__(self, owner):
        self.owner = owner

    def deposit(self, amount):
        return amount

    def withdraw(self, amount, note=None):
        return -amount


acct = Mock(spec=Account)
print(r(acct), r(acct.deposit), isinstance(acct, Account), acct.__class__.__name__)
check('spec missing attr', getattr, acct, 'balance')
acct.balance = 10
print(acct.balance)
check('spec magic', getattr, acct, '__len__')
acct2 = Mock(spec=['alpha', 'beta'])
print(r(acct2.alpha))
check('list spec', getattr, acct2, 'gamma')

strict = Mock(spec_set=Account)
print(r(strict))
strict.kind = 'premium'
print(strict.kind)
check('spec_set set', setattr, strict, 'balance', 5)
check('spec_set get', getattr, strict, 'balance')

inst = Account('x')
inst_mock = Mock(spec=inst)
print(isinstance(inst_mock, Account), r(inst_mock))

# spec'd functions compare calls by signature
def transfer(src, dst, amount=0):
    pass

tm = Mock(spec=transfer)
tm('a', 'b', amount=3)
check('sig match', tm.assert_called_with, 'a', dst='b', amount=3)
check('sig mismatch', tm.assert_called_with, 'a', 'c', 3)

# mock_add_spec
late = Mock()
late.mock_add_spec(['one'])
print(r(late.one))
check('mock_add_spec', getattr, late, 'two')

# seal
s = Mock(name='sealed')
s.configured.return_value = 1
s.sub.value = 2
seal(s)
print(s.configured(), s.sub.value)
check('sealed new attr', getattr, s, 'other')
check('sealed child attr', getattr, s.sub, 'other')
check('sealed call', s)
check('sealed set', setattr, s, 'newattr', 5)
anon = Mock()
anon.a.b
seal(anon)
check('sealed deep', getattr, anon.a.b, 'c')
