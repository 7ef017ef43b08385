# weakref.proxy: forwarding while alive, ReferenceError once the referent dies.
import weakref


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = [balance]

    def deposit(self, amount):
        self.balance += amount
        self.history.append(self.balance)
        return self.balance

    def __len__(self):
        return len(self.history)

    def __getitem__(self, i):
        return self.history[i]

    def __iter__(self):
        return iter(self.history)

    def __contains__(self, value):
        return value in self.history

    def __add__(self, other):
        return self.balance + other

    def __radd__(self, other):
        return other + self.balance

    def __lt__(self, other):
        return self.balance < other

    def __str__(self):
        return f'{self.owner}: {self.balance}'


acct = Account('ann', 100)
p = weakref.proxy(acct)
print(p.owner, p.deposit(50), len(p), p[0], list(p), 150 in p, str(p))
print(p + 1, 1 + p, p < 1000, sorted([p.balance, 3]), bool(p))
p.nickname = 'annie'
print(acct.nickname)
del p.nickname
print(hasattr(acct, 'nickname'), weakref.proxy(acct) is p, weakref.getweakrefcount(acct))
try:
    hash(p)
except TypeError as e:
    print('TypeError', e)
try:
    p.missing
except AttributeError as e:
    print('AttributeError', e)
try:
    next(p)
except TypeError as e:
    print('TypeError', e)

fired = []
q = weakref.proxy(acct, lambda prox: fired.append(type(prox).__name__))
print(q is p, weakref.getweakrefcount(acct))
del acct
print('callback:', fired)

checks = {
    'attribute': lambda: p.owner,
    'method': lambda: p.deposit(1),
    'setattr': lambda: setattr(p, 'owner', 'bob'),
    'len': lambda: len(p),
    'index': lambda: p[0],
    'iter': lambda: iter(p),
    'contains': lambda: 1 in p,
    'add': lambda: p + 1,
    'radd': lambda: 1 + p,
    'compare': lambda: p < 5,
    'bool': lambda: bool(p),
    'str': lambda: str(p),
}
for name, check in checks.items():
    try:
        check()
        print(name, 'no error')
    except ReferenceError as e:
        print(name, type(e).__name__, e)

# callable objects get a CallableProxyType
def greet(name):
    return f'hello {name}'


cp = weakref.proxy(greet)
print(type(cp).__name__, cp('bob'), callable(cp), callable(q))
print([t.__name__ for t in weakref.ProxyTypes])
del greet
try:
    cp('again')
except ReferenceError as e:
    print('ReferenceError', e)

# things that cannot be proxied or subclassed
try:
    weakref.proxy([1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    weakref.ProxyType()
except TypeError as e:
    print('TypeError', e)
try:
    class MyProxy(weakref.ProxyType):
        pass
except TypeError as e:
    print('TypeError', e)
